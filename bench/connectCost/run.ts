// `pnpm bench:connect`: server CPU time per WebSocket connect with a personal API token and with a session
// cookie. Wall-clock connects per second swing with the load other people put on a shared machine; CPU time the
// server process spends per connect does much less, so the two credentials are compared by it. The clients run
// in a child process. Prints numbers; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SYNC_PATH } from '@yttra/protocol';
import { createLogger, loadConfig, startServer } from '@yttra/server';
import { createOrganisation } from '@yttra/server/setup';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const PER_ROUND = Number(process.env.BENCH_CONNECTS ?? 400);

const dataDir = mkdtempSync(join(tmpdir(), 'yttra-bench-connect-'));
const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', YTTRA_MODE: 'production' });
const server = await startServer(config, createLogger('silent'));
await createOrganisation(server.organisations, { id: 'bench', name: 'Bänknämnden' });
const user = await server.accounts.register({ email: 'bench@yttra.se', displayName: 'Bänk' });
await server.organisations.setMembership({
  organisationId: 'bench',
  userId: user.id,
  role: 'administrator',
  partyGroupId: null,
});
const { token } = await server.accounts.createApiToken(user.id, 'bench');
const session = await server.accounts.startSession(user.id);
const created = await fetch(`${server.url}/api/documents`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ title: 'Anslutningar', kind: 'text' }),
});
const { id: documentId } = (await created.json()) as { id: string };
const syncUrl = `${server.url.replace('http', 'ws')}${SYNC_PATH}/${documentId}`;

const child = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    new URL('./connectClients.ts', import.meta.url).pathname,
    syncUrl,
    token,
    session.token,
    server.url,
  ],
  { stdio: ['pipe', 'pipe', 'inherit'] },
);
const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
const nextLine = async () => ((await lines.next()).value as string | undefined) ?? '';
await nextLine();

/** Server CPU microseconds per connect over one round, and the round's connects per second. */
async function round(via: 'token' | 'cookie', count: number): Promise<{ cpu: number; rate: number }> {
  const before = process.cpuUsage();
  child.stdin.write(`${via} ${count}\n`);
  const rate = Number(await nextLine());
  const used = process.cpuUsage(before);
  return { cpu: (used.user + used.system) / count, rate };
}

// Warm-up: JIT, statement caches, the document loaded.
await round('token', 200);
await round('cookie', 200);
const results = { token: [] as { cpu: number; rate: number }[], cookie: [] as { cpu: number; rate: number }[] };
// Interleaved, alternating which goes first, so drift hits both alike.
for (let index = 0; index < ROUNDS; index++) {
  const order = index % 2 === 0 ? (['token', 'cookie'] as const) : (['cookie', 'token'] as const);
  for (const via of order) results[via].push(await round(via, PER_ROUND));
}
child.stdin.end();
child.kill();

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return ((sorted[(sorted.length - 1) >> 1] ?? Number.NaN) + (sorted[sorted.length >> 1] ?? Number.NaN)) / 2;
};
const report = (name: string, value: string) => console.log(`${name.padEnd(56)} ${value}`);
const cpu = (via: 'token' | 'cookie') => median(results[via].map((result) => result.cpu));
const rate = (via: 'token' | 'cookie') => median(results[via].map((result) => result.rate));
report(`server CPU per connect, token (median of ${ROUNDS} × ${PER_ROUND})`, `${cpu('token').toFixed(0)} µs`);
report(`server CPU per connect, cookie (median of ${ROUNDS} × ${PER_ROUND})`, `${cpu('cookie').toFixed(0)} µs`);
report('server CPU per connect, token / cookie', `${((cpu('token') / cpu('cookie')) * 100).toFixed(0)} %`);
report('server CPU-bound connects/s, token (1 s / CPU per connect)', `${(1e6 / cpu('token')).toFixed(0)} connects/s`);
report('server CPU-bound connects/s, cookie', `${(1e6 / cpu('cookie')).toFixed(0)} connects/s`);
report(
  'wall-clock connects/s, token / cookie (noisy here)',
  `${rate('token').toFixed(0)} / ${rate('cookie').toFixed(0)}`,
);
await server.close();
rmSync(dataDir, { recursive: true, force: true });
