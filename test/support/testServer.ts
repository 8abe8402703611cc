import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig, type RunningServer, startServer } from '@yttra/server';

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

/** The real server, in this process, on port 0 unless told otherwise. */
export async function startTestServer(options: TestServerOptions = {}): Promise<RunningServer> {
  const config = loadConfig({
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir ?? makeDataDir().dataDir,
    LOG_LEVEL: process.env.YTTRA_TEST_LOG ?? 'silent',
    ...options.environment,
  });
  return startServer(config, createLogger(config.logLevel));
}

/** Creates a document through the HTTP API; 'text' documents are seeded with just their title. */
export async function createDocument(
  baseUrl: string,
  title: string,
  kind: 'text' | 'protocol' = 'text',
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, kind }),
  });
  if (response.status !== 201) throw new Error(`create document: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
