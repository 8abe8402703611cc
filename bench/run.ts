// `pnpm bench`: starts the real server on port 0 with a temporary SQLite store (or the PostgreSQL database
// DATABASE_URL names, which should be empty) and measures it with real y-websocket clients. Prints numbers;
// asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { stockholmDistrictBoardTemplate } from '@yttra/domain';
import { seedParagraph } from '@yttra/domain/fixtures';
import { contentFromParagraph, getEditorSchema } from '@yttra/editor';
import { CONTENT_FRAGMENT, SYNC_PATH } from '@yttra/protocol';
import { compactDocument, createLogger, loadConfig, startServer } from '@yttra/server';
import { createOrganisation } from '@yttra/server/setup';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { measureConnectRate } from './measureConnectRate';
import { measureRevocation } from './measureRevocation';

// Every y-websocket provider registers a process exit listener; 200 of them are expected here.
process.setMaxListeners(0);
const dataDir = mkdtempSync(join(tmpdir(), 'yttra-bench-'));
const config = loadConfig({
  PORT: '0',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  YTTRA_MODE: 'production',
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
});
const server = await startServer(config, createLogger('silent'));
await createOrganisation(server.organisations, { id: 'bench', name: 'Bänknämnden' });
const benchUser = await server.accounts.register({ email: 'bench@yttra.se', displayName: 'Bänk' });
await server.organisations.setMembership({
  organisationId: 'bench',
  userId: benchUser.id,
  role: 'administrator',
  partyGroupId: null,
});
const { token } = await server.accounts.createApiToken(benchUser.id, 'bench');
const wsUrl = `${server.url.replace('http', 'ws')}${SYNC_PATH}`;

function client(documentId: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, documentId, doc, {
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
    params: { token },
  });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const destroy = () => {
    provider.destroy();
    doc.destroy();
  };
  return { doc, provider, synced, destroy };
}

async function createDocument(title: string): Promise<string> {
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title, kind: 'text' }),
  });
  return ((await response.json()) as { id: string }).id;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function report(name: string, value: string): void {
  console.log(`${name.padEnd(52)} ${value}`);
}

report('storage', server.storage.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'SQLite (DATA_DIR)');

// 1. Propagation latency: one keystroke-sized edit from A until B has it (durable write included).
{
  const documentId = await createDocument('Latens');
  const a = client(documentId);
  const b = client(documentId);
  await Promise.all([a.synced, b.synced]);
  const text = a.doc.getText('bench');
  const received = b.doc.getText('bench');
  const samples: number[] = [];
  for (let index = 0; index < 300; index++) {
    const start = performance.now();
    const arrived = new Promise<void>((resolve) => {
      const check = () => {
        if (received.length === index + 1) {
          received.unobserve(check);
          resolve();
        }
      };
      received.observe(check);
    });
    text.insert(text.length, 'x');
    await arrived;
    samples.push(performance.now() - start);
  }
  samples.sort((x, y) => x - y);
  report(
    'propagation latency A→B, 300 edits (p50 / p95 / max)',
    `${percentile(samples, 50).toFixed(2)} / ${percentile(samples, 95).toFixed(2)} / ${samples.at(-1)!.toFixed(2)} ms`,
  );
  a.destroy();
  b.destroy();
}

// 2. Burst throughput: 5 000 edits from one client in quick succession, until another has all of them.
{
  const documentId = await createDocument('Genomströmning');
  const a = client(documentId);
  const b = client(documentId);
  await Promise.all([a.synced, b.synced]);
  const before = server.writer.stats();
  const count = 5_000;
  const start = performance.now();
  const done = new Promise<void>((resolve) => {
    const check = () => {
      if (b.doc.getText('bench').length === count) resolve();
    };
    b.doc.getText('bench').observe(check);
  });
  for (let index = 0; index < count; index++) {
    a.doc.getText('bench').insert(index, 'y');
    if (index % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  await done;
  const seconds = (performance.now() - start) / 1000;
  const after = server.writer.stats();
  report('burst: 5 000 edits relayed', `${(count / seconds).toFixed(0)} edits/s (${(seconds * 1000).toFixed(0)} ms)`);
  report('burst: storage transactions for those edits', `${after.batchesWritten - before.batchesWritten} batches`);
  a.destroy();
  b.destroy();
}

// 3. Cold loads: documents with content, each opened by a fresh client after the server unloaded them.
{
  const ids: string[] = [];
  for (let index = 0; index < 100; index++) ids.push(await createDocument(`Ladda ${index}`));
  for (const documentId of ids) {
    const writer = client(documentId);
    await writer.synced;
    const fragment = writer.doc.getXmlFragment(CONTENT_FRAGMENT);
    for (let paragraph = 0; paragraph < 20; paragraph++) {
      const element = new Y.XmlElement('paragraph');
      element.insert(0, [new Y.XmlText(`Stycke ${paragraph} med lite text som liknar ett yttrande.`)]);
      fragment.insert(fragment.length, [element]);
    }
    await server.writer.drain();
    await new Promise((resolve) => setTimeout(resolve, 5));
    writer.destroy();
  }
  while (server.registry.loadedCount > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const start = performance.now();
  const readers = ids.map((documentId) => client(documentId));
  await Promise.all(readers.map((reader) => reader.synced));
  const seconds = (performance.now() - start) / 1000;
  report('cold load + sync of 100 documents (20 paragraphs)', `${(ids.length / seconds).toFixed(0)} documents/s`);
  for (const reader of readers) reader.destroy();
}

// 4. Compaction of a long update log.
{
  const documentId = await createDocument('Komprimering');
  const doc = new Y.Doc();
  let previous = Y.encodeStateVector(doc);
  const entries = [];
  for (let index = 0; index < 10_000; index++) {
    doc.getText('t').insert(index, 'z');
    entries.push({ documentId, update: Y.encodeStateAsUpdate(doc, previous) });
    previous = Y.encodeStateVector(doc);
  }
  await server.store.appendUpdates(entries);
  const start = performance.now();
  const result = await compactDocument(server.store, documentId);
  report(
    'compaction of 10 000 log entries',
    `${(performance.now() - start).toFixed(0)} ms, ${result.bytesBefore} → ${result.bytesAfter} bytes`,
  );
}

// 5. Server-side exports of the full seed paragraph, from its stored Yjs state.
{
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title: 'Seed', kind: 'protocol' }),
  });
  const { id } = (await response.json()) as { id: string };
  const author = client(id);
  await author.synced;
  const fragment = author.doc.getXmlFragment(CONTENT_FRAGMENT);
  author.doc.transact(() => {
    fragment.delete(0, fragment.length);
    prosemirrorJSONToYXmlFragment(
      getEditorSchema(),
      contentFromParagraph(seedParagraph, stockholmDistrictBoardTemplate),
      fragment,
    );
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (const format of ['txt', 'html', 'docx', 'pdf']) {
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      await (
        await fetch(`${server.url}/api/documents/${id}/export/${format}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).arrayBuffer();
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    report(`export of the seed paragraph as ${format} (median of 5)`, `${percentile(times, 50).toFixed(1)} ms`);
  }
  author.destroy();
}

// 6. WebSocket connects per second with a personal API token and with a session cookie: resolving a token
// must not cost a synchronous write (its last use is recorded in memory and written in batches).
{
  const documentId = await createDocument('Anslutningar');
  const session = await server.accounts.startSession(benchUser.id);
  const syncUrl = `${wsUrl}/${documentId}`;
  const rates = { token: [] as number[], cookie: [] as number[] };
  // Held open throughout, so the document stays loaded and the numbers are about authentication.
  const holder = client(documentId);
  await holder.synced;
  await measureConnectRate(syncUrl, { token, origin: server.url }, 100, 8);
  // Interleaved, alternating which goes first, so drift on a shared machine hits both alike.
  const rounds = 6;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['token', 'cookie'] as const) : (['cookie', 'token'] as const);
    for (const via of order) {
      const credentials =
        via === 'token' ? { token, origin: server.url } : { cookie: session.token, origin: server.url };
      rates[via].push(await measureConnectRate(syncUrl, credentials, 300, 8));
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    return ((sorted[(sorted.length - 1) >> 1] ?? Number.NaN) + (sorted[sorted.length >> 1] ?? Number.NaN)) / 2;
  };
  report('WebSocket connects, token (median of 6 × 300)', `${median(rates.token).toFixed(0)} connects/s`);
  report('WebSocket connects, cookie (median of 6 × 300)', `${median(rates.cookie).toFixed(0)} connects/s`);
  report('token / cookie', `${((median(rates.token) / median(rates.cookie)) * 100).toFixed(0)} %`);
  holder.destroy();
}

// 7. Revocation: one session with 100 WebSockets and 100 comment streams open, beside 200 other connections,
// signs out; how long until the server has closed every one of the session's channels.
{
  const documentId = await createDocument('Återkallelse');
  const others = Array.from({ length: 200 }, () => client(documentId));
  await Promise.all(others.map((other) => other.synced));
  const stopped: number[] = [];
  const closed: number[] = [];
  for (let round = 0; round < 5; round++) {
    const session = await server.accounts.startSession(benchUser.id);
    const times = await measureRevocation({
      baseUrl: server.url,
      syncUrl: `${wsUrl}/${documentId}`,
      documentId,
      cookie: session.token,
      csrfToken: session.csrfToken,
      channels: 100,
    });
    stopped.push(times.stoppedMs);
    closed.push(times.closedMs);
  }
  for (const times of [stopped, closed]) times.sort((x, y) => x - y);
  report(
    'sign-out → 100 WS + 100 streams stopped (p50 / max of 5)',
    `${percentile(stopped, 50).toFixed(1)} / ${stopped.at(-1)!.toFixed(1)} ms`,
  );
  report(
    'sign-out → their TCP connections closed (p50 / max of 5)',
    `${percentile(closed, 50).toFixed(1)} / ${closed.at(-1)!.toFixed(1)} ms`,
  );
  for (const other of others) other.destroy();
}

await server.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
