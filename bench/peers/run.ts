// `pnpm bench:peers [--quick]`: Yttra (durable, authenticated, as `pnpm start` runs it) beside @y/websocket-server
// and Hocuspocus (in memory, defaults), each a fresh process pinned to core 0, driven by the same y-websocket
// clients from this process (pinned to core 1). Prints one table with Yttra / best peer. Asserts nothing.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import * as Y from 'yjs';
import { joinAtSocket } from './joinAtSocket';
import { connect, largeDocument, typing } from './load';
import { durableWriteFloorMs, memoryMb, percentile, sleep, until } from './measure';
import { type PeerServer, pinned, startHocuspocus, startYttra, startYWebsocketServer } from './servers';

const quick = process.argv.includes('--quick');
const only = process.argv.find((argument) => argument.startsWith('--only='))?.slice('--only='.length);
process.setMaxListeners(0);
if (pinned) execFileSync('taskset', ['-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });

type Row = { label: string; lowerIsBetter: true };
const BASELINE_RSS = 'baseline RSS, MB';
const IDLE_RSS = 'idle RSS, 30 s after start, MB';
// The two memory rows of a fresh process first, though the idle one is measured in a process of its own.
const rows: Row[] = [
  { label: BASELINE_RSS, lowerIsBetter: true },
  { label: IDLE_RSS, lowerIsBetter: true },
];
const results = new Map<string, Map<string, number>>();
const record = (server: string, label: string, value: number) => {
  if (!rows.some((row) => row.label === label)) rows.push({ label, lowerIsBetter: true });
  const values = results.get(server) ?? new Map<string, number>();
  results.set(server, values);
  values.set(label, value);
};

const bigDocument = largeDocument(4);
const bigUpdate = Y.encodeStateAsUpdate(bigDocument);
console.log(`large document: ${(bigUpdate.length / 1024 / 1024).toFixed(1)} MB; ${quick ? 'quick' : 'full'} run`);

async function holdLargeDocument(server: PeerServer, room: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, bigUpdate);
  const holder = connect(server, room, doc);
  await until(() => holder.synced, 60_000, 'the holder to sync');
  // The server has it once a fresh join receives the whole document.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const [seconds] = await joinAtSocket(server, room, 1).catch(() => [Number.NaN]);
    if (Number.isFinite(seconds)) break;
    await sleep(200);
  }
  return holder;
}

/**
 * RSS of a fresh process left idle, in a process of its own: once V8 has given start-up's memory back, the next
 * allocations touch pages anew, which would move the RSS-based rows (memory per connection) of the process under load.
 */
async function idleRss(start: () => Promise<PeerServer>): Promise<void> {
  const server = await start();
  try {
    // The first reading still holds start-up's garbage (Yttra seeds the demo board on a first start).
    record(server.name, IDLE_RSS, await server.idleRssMb());
  } finally {
    await server.stop();
  }
}

async function measure(start: () => Promise<PeerServer>): Promise<void> {
  await idleRss(start);
  const server = await start();
  const name = server.name;
  try {
    record(name, BASELINE_RSS, server.baselineRssMb);
    const duration = quick ? 3_000 : 8_000;

    const one = await typing(server, {
      documents: 1,
      clientsPerDocument: 20,
      writersPerDocument: 5,
      intervalMs: 50,
      durationMs: duration,
    });
    record(name, '1 doc × 20 clients, 5 writers: p50 latency, ms', one.p50);
    record(name, '1 doc × 20 clients, 5 writers: p95 latency, ms', one.p95);
    record(name, '1 doc × 20 clients, 5 writers: CPU per delivered update, µs', one.cpuPerDeliveryUs);
    record(name, '1 doc × 20 clients: updates lost', one.lost);
    // Measured beside Yttra's data directory (the system's temporary directory, see startYttra), after its run.
    if (name === 'Yttra')
      record(name, 'one durable 4 KB write on the data disk (latency floor), p50 ms', durableWriteFloorMs(tmpdir()));

    const many = await typing(server, {
      documents: 50,
      clientsPerDocument: 4,
      writersPerDocument: 1,
      intervalMs: 100,
      durationMs: duration,
    });
    record(name, '50 docs × 4 clients: p50 latency, ms', many.p50);
    record(name, '50 docs × 4 clients: p95 latency, ms', many.p95);
    record(name, '50 docs × 4 clients: CPU per delivered update, µs', many.cpuPerDeliveryUs);

    const connections = quick ? 500 : 1_000;
    const thousand = await typing(server, {
      documents: 100,
      clientsPerDocument: connections / 100,
      writersPerDocument: 1,
      intervalMs: 1_000,
      durationMs: duration,
    });
    record(name, `${connections} connections on 100 docs: p50 latency, ms`, thousand.p50);
    record(name, `${connections} connections on 100 docs: all synced, s`, thousand.allSyncedS);
    record(name, 'server CPU per connect, ms', thousand.cpuPerConnectMs);
    record(name, 'memory per connection, KB', thousand.memoryPerConnectionKb);

    const room = await server.createDocument('Stor');
    let holder = await holdLargeDocument(server, room);
    const storm = await joinAtSocket(server, room, 150);
    record(name, 'join storm, 150 clients on a warm 4 MB doc: p50, s', percentile(storm, 50));
    record(name, 'join storm, 150 clients on a warm 4 MB doc: p95, s', percentile(storm, 95));
    record(name, 'peak RSS, MB', memoryMb(server.pid()).peak);

    holder.destroy();
    await sleep(500);
    await server.restart();
    if (name !== 'Yttra') {
      // Nothing survives a restart in memory: a client uploads the whole document again first.
      holder = await holdLargeDocument(server, room);
    }
    const [cold] = await joinAtSocket(server, room, 1);
    record(name, 'open a 4 MB doc right after restart, s', cold as number);
    if (name !== 'Yttra') holder.destroy();
  } finally {
    await server.stop();
  }
}

const starters = { ywebsocket: startYWebsocketServer, hocuspocus: startHocuspocus, yttra: startYttra };
for (const [key, start] of Object.entries(starters)) {
  if (only && !only.split(',').includes(key)) continue;
  await measure(start);
}

const names = [...results.keys()];
const peers = names.filter((name) => name !== 'Yttra');
const format = (value: number | undefined) =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : value >= 100
      ? value.toFixed(0)
      : value.toFixed(value >= 10 ? 1 : 2);
const header = ['scenario', ...names, ...(peers.length > 0 && names.includes('Yttra') ? ['Yttra / best'] : [])];
const lines = rows.map(({ label }) => {
  const values = names.map((name) => results.get(name)?.get(label));
  const best = Math.min(...peers.map((name) => results.get(name)?.get(label) ?? Number.POSITIVE_INFINITY));
  const yttra = results.get('Yttra')?.get(label);
  const ratio = yttra !== undefined && Number.isFinite(best) && best > 0 ? (yttra / best).toFixed(2) : '–';
  return [label, ...values.map(format), ...(header.length > names.length + 1 ? [ratio] : [])];
});
console.log(`\nserver pinned to core 0, load generator to core 1: ${pinned}`);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const line of lines) console.log(`| ${line.join(' | ')} |`);
process.exit(0);
