// `pnpm bench:cluster`: 1, 2 and 3 real server processes sharing storage (SQLite file, or a fresh PostgreSQL
// database when BENCH_DATABASE_URL names a server) and Redis (a fresh key prefix), measured with real y-websocket
// clients spread over the instances, beside one process on SQLite without Redis. Prints numbers; asserts nothing.
import { randomUUID } from 'node:crypto';
import { SYNC_PATH } from '@yttra/protocol';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { freshStorage, type Instance, startInstance, stopInstances } from './instances';

process.setMaxListeners(0);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const WRITERS_PER_INSTANCE = 2;
const READERS_PER_INSTANCE = 2;
const EDITS_PER_WRITER = Number(process.env.BENCH_EDITS ?? 500);
const LATENCY_SAMPLES = 200;
const IDLE_CONNECTIONS_PER_INSTANCE = 100;

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  /** Updates the server delivered to this client. */
  delivered(): number;
  destroy(): void;
}

function connect(baseUrl: string, documentId: string, token: string): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace('http', 'ws')}${SYNC_PATH}`, documentId, doc, {
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
    params: { token },
  });
  let delivered = 0;
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) delivered += 1;
  });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return {
    doc,
    provider,
    synced,
    delivered: () => delivered,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

async function demoToken(baseUrl: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sekreterare@demo.yttra.se', password: 'yttra-demo' }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const created = await fetch(`${baseUrl}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'bench' }),
  });
  return ((await created.json()) as { token: string }).token;
}

async function createDocument(baseUrl: string, token: string, title: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title, kind: 'text' }),
  });
  return ((await response.json()) as { id: string }).id;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await settle(2);
  }
}

interface Row {
  setup: string;
  updatesPerSecond: number;
  latency: [number, number, number];
  cpuMicrosPerDelivered: number;
  bytesPerConnection: number;
}

/** One keystroke at a time from instance 0 until a reader on the last instance has it. */
async function measureLatency(instances: readonly Instance[], token: string): Promise<[number, number, number]> {
  const documentId = await createDocument(instances[0]!.url, token, 'Latens');
  const writer = connect(instances[0]!.url, documentId, token);
  const reader = connect(instances.at(-1)!.url, documentId, token);
  await Promise.all([writer.synced, reader.synced]);
  const received = reader.doc.getText('bench');
  const samples: number[] = [];
  for (let index = 0; index < LATENCY_SAMPLES; index++) {
    const start = performance.now();
    writer.doc.getText('bench').insert(index, 'x');
    await until(() => received.length === index + 1, 10_000, 'a relayed keystroke');
    samples.push(performance.now() - start);
    await settle(3);
  }
  writer.destroy();
  reader.destroy();
  samples.sort((a, b) => a - b);
  return [percentile(samples, 50), percentile(samples, 95), percentile(samples, 99)];
}

/** Every writer on every instance bursts its edits into one document; done when every client has them all. */
async function measureThroughput(instances: readonly Instance[], token: string) {
  const documentId = await createDocument(instances[0]!.url, token, 'Genomströmning');
  const writers = instances.flatMap((instance) =>
    Array.from({ length: WRITERS_PER_INSTANCE }, () => connect(instance.url, documentId, token)),
  );
  const readers = instances.flatMap((instance) =>
    Array.from({ length: READERS_PER_INSTANCE }, () => connect(instance.url, documentId, token)),
  );
  const everyone = [...writers, ...readers];
  await Promise.all(everyone.map((client) => client.synced));
  const total = writers.length * EDITS_PER_WRITER;
  const cpuBefore = instances.map((instance) => instance.cpuSeconds());
  const deliveredBefore = everyone.reduce((sum, client) => sum + client.delivered(), 0);
  const start = performance.now();
  await Promise.all(
    writers.map(async (writer, index) => {
      // A text of its own per writer: concurrent inserts at one position are refused today (see the report).
      const text = writer.doc.getText(`bench-${index}`);
      for (let edit = 0; edit < EDITS_PER_WRITER; edit++) {
        text.insert(text.length, 'x');
        if (edit % 25 === 24) await new Promise((resolve) => setImmediate(resolve));
      }
    }),
  );
  const received = (client: Client) =>
    writers.reduce((sum, _writer, index) => sum + client.doc.getText(`bench-${index}`).length, 0);
  await until(() => everyone.every((client) => received(client) === total), 120_000, 'the burst').catch(
    (error: unknown) => {
      const state = everyone.map((client) => `${received(client)}/${client.provider.wsconnected}`);
      throw new Error(`${String(error)}: ${state.join(' ')} of ${total}`);
    },
  );
  const seconds = (performance.now() - start) / 1000;
  const cpu = instances.reduce((sum, instance, index) => sum + instance.cpuSeconds() - cpuBefore[index]!, 0);
  const delivered = everyone.reduce((sum, client) => sum + client.delivered(), 0) - deliveredBefore;
  for (const client of everyone) client.destroy();
  return { updatesPerSecond: total / seconds, cpuMicrosPerDelivered: (cpu / delivered) * 1e6 };
}

/** Idle connections spread over the instances and ten documents; the growth of the instances' resident memory. */
async function measureMemory(instances: readonly Instance[], token: string): Promise<number> {
  const documents = await Promise.all(
    Array.from({ length: 10 }, (_, index) => createDocument(instances[0]!.url, token, `Minne ${index}`)),
  );
  // Loaded once on every instance first, so the figure is of connections, not of documents.
  const warm = instances.flatMap((instance) => documents.map((id) => connect(instance.url, id, token)));
  await Promise.all(warm.map((client) => client.synced));
  await settle(1_000);
  const before = instances.reduce((sum, instance) => sum + instance.rssBytes(), 0);
  const idle = instances.flatMap((instance) =>
    Array.from({ length: IDLE_CONNECTIONS_PER_INSTANCE }, (_, index) =>
      connect(instance.url, documents[index % documents.length]!, token),
    ),
  );
  const synced = await Promise.race([
    Promise.all(idle.map((client) => client.synced)).then(() => true),
    settle(90_000).then(() => false),
  ]);
  await settle(1_500);
  const after = instances.reduce((sum, instance) => sum + instance.rssBytes(), 0);
  const connected = idle.filter((client) => client.provider.synced).length;
  for (const client of [...warm, ...idle]) client.destroy();
  if (!synced) console.error(`  only ${connected} of ${idle.length} idle connections synced within 90 s`);
  return (after - before) / Math.max(connected, 1);
}

async function measure(count: number, withRedis: boolean): Promise<Row> {
  // The baseline is the embedded default: one process on SQLite, whatever the others share.
  const storage = freshStorage(withRedis ? process.env.BENCH_DATABASE_URL : undefined);
  const environment = {
    ...storage.environment,
    // Info: the instance says it listens at that level; its log is read until then and discarded after.
    LOG_LEVEL: 'info',
    ...(withRedis ? { REDIS_URL, REDIS_PREFIX: `yttra-bench-${randomUUID().slice(0, 8)}:` } : {}),
  };
  const instances: Instance[] = [];
  try {
    // One after another: the first one creates the demo board that the others then find.
    for (let index = 0; index < count; index++) {
      instances.push(await startInstance({ ...environment, INSTANCE_ID: `bench-${index}` }));
      if (index === 0) await settle(500);
    }
    const token = await demoToken(instances[0]!.url);
    const progress = (what: string) => console.error(`  ${count} instance(s)${withRedis ? ' + Redis' : ''}: ${what}`);
    progress('latency');
    const latency = await measureLatency(instances, token);
    progress('throughput');
    const { updatesPerSecond, cpuMicrosPerDelivered } = await measureThroughput(instances, token);
    progress('memory');
    const bytesPerConnection = await measureMemory(instances, token);
    const setup = `${count} instance${count > 1 ? 's' : ''}, ${storage.label}${withRedis ? ' + Redis' : ', no Redis'}`;
    return { setup, updatesPerSecond, latency, cpuMicrosPerDelivered, bytesPerConnection };
  } finally {
    await stopInstances(instances);
    storage.dispose();
  }
}

const rows: Row[] = [];
const only = process.env.BENCH_ONLY?.split(',').map(Number);
const setups = [
  [1, false],
  [1, true],
  [2, true],
  [3, true],
] as const;
for (const [index, [count, withRedis]] of setups.entries()) {
  // BENCH_ONLY=0,3 measures only those setups (by position).
  if (only && !only.includes(index)) continue;
  const row = await measure(count, withRedis);
  rows.push(row);
  console.error(`measured: ${row.setup}`);
}

const baseline = rows[0]!;
const columns = [
  'setup'.padEnd(44),
  'relayed upd/s'.padStart(14),
  'ratio'.padStart(6),
  'latency p50/p95/p99 ms'.padStart(24),
  'CPU µs/delivered'.padStart(17),
  'ratio'.padStart(6),
  'KiB/conn'.padStart(9),
].join(' ');
console.log(
  `${WRITERS_PER_INSTANCE} writers × ${EDITS_PER_WRITER} edits + ${READERS_PER_INSTANCE} readers per instance on one document; latency from instance 1 to the last one`,
);
console.log(columns);
for (const row of rows) {
  console.log(
    [
      row.setup.padEnd(44),
      row.updatesPerSecond.toFixed(0).padStart(14),
      (row.updatesPerSecond / baseline.updatesPerSecond).toFixed(2).padStart(6),
      row.latency
        .map((value) => value.toFixed(1))
        .join(' / ')
        .padStart(24),
      row.cpuMicrosPerDelivered.toFixed(1).padStart(17),
      (row.cpuMicrosPerDelivered / baseline.cpuMicrosPerDelivered).toFixed(2).padStart(6),
      (row.bytesPerConnection / 1024).toFixed(1).padStart(9),
    ].join(' '),
  );
}
