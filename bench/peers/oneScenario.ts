// `node --import tsx bench/peers/oneScenario.ts <yttra|ywebsocket|hocuspocus> <1|50|connect>`: one typing scenario
// (1 doc × 20 clients with 5 writers, 50 docs × 4 clients, or 1,000 connections on 100 new docs for the connect
// cost) against one fresh server, printed as JSON. Steadier than a whole `bench:peers` run for comparing two builds
// (YTTRA_SERVER_DIR) in alternating runs. Asserts nothing.
import { execFileSync } from 'node:child_process';
import { typing } from './load';
import { pinned, startHocuspocus, startYttra, startYWebsocketServer } from './servers';

const starters = { yttra: startYttra, ywebsocket: startYWebsocketServer, hocuspocus: startHocuspocus };
const [which = 'yttra', documents = '1'] = process.argv.slice(2);
const start = starters[which as keyof typeof starters];
if (!start || !['1', '50', 'connect'].includes(documents))
  throw new Error('usage: oneScenario.ts <yttra|ywebsocket|hocuspocus> <1|50|connect>');
if (pinned) execFileSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
process.setMaxListeners(0);

const server = await start();
try {
  const durationMs = Number(process.env.YTTRA_BENCH_DURATION_MS ?? 10_000);
  const scenarios = {
    '1': { documents: 1, clientsPerDocument: 20, writersPerDocument: 5, intervalMs: 50, durationMs },
    '50': { documents: 50, clientsPerDocument: 4, writersPerDocument: 1, intervalMs: 100, durationMs },
    connect: { documents: 100, clientsPerDocument: 10, writersPerDocument: 1, intervalMs: 1_000, durationMs: 2_000 },
  };
  const result = await typing(server, scenarios[documents as keyof typeof scenarios]);
  console.log(JSON.stringify({ server: server.name, scenario: documents, ...result }));
} finally {
  await server.stop();
}
process.exit(0);
