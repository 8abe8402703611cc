import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig, type RunningServer, startServer } from '@yttra/server';
import { testDatabaseEnvironment } from './testDatabase';

export interface TestServerOptions {
  dataDir?: string;
  port?: number;
  environment?: Record<string, string>;
}

/** A fresh temporary data directory, removed by the returned cleanup. */
export function makeDataDir(): { dataDir: string; remove: () => void } {
  const dataDir = mkdtempSync(join(tmpdir(), 'yttra-test-'));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * The real server, in this process, on port 0 unless told otherwise; its state in PostgreSQL (a fresh database
 * per data directory) when YTTRA_TEST_DATABASE_URL is set.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? makeDataDir().dataDir;
  const config = loadConfig({
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ...(await testDatabaseEnvironment(dataDir)),
    LOG_LEVEL: process.env.YTTRA_TEST_LOG ?? 'silent',
    // Tests set up the boards and accounts they need themselves.
    YTTRA_MODE: 'production',
    ...options.environment,
  });
  return startServer(config, createLogger(config.logLevel));
}

/** Creates a document through the HTTP API; 'text' documents are seeded with just their title. */
export async function createDocument(
  baseUrl: string,
  token: string,
  title: string,
  kind: 'text' | 'protocol' = 'text',
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title, kind }),
  });
  if (response.status !== 201) throw new Error(`create document: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Signs in as a demo account of a server in demo mode and returns a fresh API token for it. */
export async function demoToken(baseUrl: string, key = 'sekreterare'): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${key}@demo.yttra.se`, password: 'yttra-demo' }),
  });
  if (login.status !== 200) throw new Error(`demo login: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const created = await fetch(`${baseUrl}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'test' }),
  });
  if (created.status !== 201) throw new Error(`token: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}
