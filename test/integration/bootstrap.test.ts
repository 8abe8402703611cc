import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from '../support/serverProcess';
import { testDatabaseEnvironment } from '../support/testDatabase';
import { makeDataDir } from '../support/testServer';

const run = promisify(execFile);
const serverDirectory = fileURLToPath(new URL('../../server', import.meta.url));

describe('production mode', () => {
  const dataDir = makeDataDir();
  const processes: ServerProcess[] = [];

  afterAll(() => {
    for (const server of processes) server.child.kill('SIGKILL');
    dataDir.remove();
  });

  const login = (url: string, email: string, password: string) =>
    fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  it('creates no demo data, and the bootstrap command creates the board and its administrator', async () => {
    const environment = { YTTRA_MODE: 'production' };
    const empty = await spawnServer(dataDir.dataDir, 0, environment);
    processes.push(empty);
    expect((await login(empty.url, 'sekreterare@demo.yttra.se', 'yttra-demo')).status).toBe(401);
    empty.child.kill('SIGTERM');
    expect(await empty.exited).toBe(0);

    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/bootstrapAdmin.ts',
        '--organisation',
        'Testnämnden',
        '--email',
        'admin@kommun.se',
        '--name',
        'Ada Admin',
      ],
      {
        cwd: serverDirectory,
        env: {
          ...process.env,
          DATA_DIR: dataDir.dataDir,
          ...(await testDatabaseEnvironment(dataDir.dataDir)),
          YTTRA_ADMIN_PASSWORD: 'ett-långt-lösenord',
        },
      },
    );
    expect(stdout).toContain('admin@kommun.se');

    const server = await spawnServer(dataDir.dataDir, 0, environment);
    processes.push(server);
    const response = await login(server.url, 'admin@kommun.se', 'ett-långt-lösenord');
    expect(response.status).toBe(200);
    const { memberships } = (await response.json()) as { memberships: { organisationId: string; role: string }[] };
    expect(memberships).toEqual([expect.objectContaining({ organisationId: 'testnamnden', role: 'administrator' })]);
  });
});
