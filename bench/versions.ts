// `pnpm bench:versions` (issue 12): what history costs. Starts the real server on port 0 with a temporary SQLite
// store; real y-websocket clients make 1,000 edits per scenario; prints the storage each part of the history takes
// per 1,000 edits, and the time to compare two versions of the seed-sized paragraph, against prosemirror-changeset.
// Prints numbers; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChangeSet } from '@tiptap/pm/changeset';
import { Slice } from '@tiptap/pm/model';
import { ReplaceStep } from '@tiptap/pm/transform';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { stockholmDistrictBoardTemplate } from '@yttra/domain';
import { seedParagraph } from '@yttra/domain/fixtures';
import { contentFromParagraph, getEditorSchema } from '@yttra/editor';
import { CONTENT_FRAGMENT, SYNC_PATH } from '@yttra/protocol';
import { authorLookup, compactDocument, compareStates, createLogger, loadConfig, startServer } from '@yttra/server';
import { createOrganisation } from '@yttra/server/setup';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

process.setMaxListeners(0);
const EDITS = 1_000;
const VERSION_EVERY = 100;
const dataDir = mkdtempSync(join(tmpdir(), 'yttra-bench-versions-'));
// No automatic compaction or quiet-spell versions: the bench makes both itself, so the numbers are per step.
const config = loadConfig({
  PORT: '0',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  YTTRA_MODE: 'production',
  COMPACT_AFTER_UPDATES: '1000000',
  VERSION_QUIET_MS: '3600000',
});
const server = await startServer(config, createLogger('silent'));
await createOrganisation(server.organisations, { id: 'bench', name: 'Bänknämnden' });
const writers = await Promise.all(
  ['Anna', 'Bo'].map(async (name) => {
    const user = await server.accounts.register({ email: `${name.toLowerCase()}@yttra.se`, displayName: name });
    await server.organisations.setMembership({
      organisationId: 'bench',
      userId: user.id,
      role: 'administrator',
      partyGroupId: null,
    });
    return (await server.accounts.createApiToken(user.id, 'bench')).token;
  }),
);
const wsUrl = `${server.url.replace('http', 'ws')}${SYNC_PATH}`;
const database = new Database(join(dataDir, 'yttra.sqlite'), { readonly: true });

function report(name: string, value: string): void {
  console.log(`${name.padEnd(72)} ${value}`);
}

/** Deterministic pseudo-random numbers, so two runs make the same edits. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

async function connect(documentId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, documentId, doc, {
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
    params: { token },
  });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const destroy = () => {
    provider.destroy();
    doc.destroy();
  };
  return { doc, provider, destroy };
}

async function createProtocol(title: string, token: string): Promise<string> {
  const response = await fetch(`${server.url}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title, kind: 'protocol' }),
  });
  return ((await response.json()) as { id: string }).id;
}

/** Bytes SQLite uses for each of the history's tables and indexes (dbstat: whole pages). */
function tableBytes(): Map<string, number> {
  const rows = database.prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name').all() as {
    name: string;
    bytes: number;
  }[];
  return new Map(rows.map((row) => [row.name, row.bytes]));
}

const texts = (doc: Y.Doc) => {
  const found: Y.XmlText[] = [];
  for (const node of doc.getXmlFragment(CONTENT_FRAGMENT).createTreeWalker(() => true)) {
    if (node instanceof Y.XmlText) found.push(node);
  }
  return found;
};

async function waitDurable(documentId: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  await server.writer.drain();
  await server.registry.withDurableDocument(documentId, () => undefined);
}

/**
 * 1,000 edits on a copy of the seed paragraph: `typing` appends characters one at a time, one writer; otherwise two
 * writers take turns every 25 edits, inserting 1–5 characters (70 %) or deleting 1–3 (30 %) at random places.
 */
async function scenario(name: string, typing: boolean): Promise<{ documentId: string; states: Uint8Array[] }> {
  const documentId = await createProtocol(name, writers[0] as string);
  const clients = [await connect(documentId, writers[0] as string), await connect(documentId, writers[1] as string)];
  const first = clients[0]!;
  const fragment = first.doc.getXmlFragment(CONTENT_FRAGMENT);
  first.doc.transact(() => {
    fragment.delete(0, fragment.length);
    prosemirrorJSONToYXmlFragment(
      getEditorSchema(),
      contentFromParagraph(seedParagraph, stockholmDistrictBoardTemplate),
      fragment,
    );
  });
  await waitDurable(documentId);
  await server.versions.capture(documentId, { reason: 'named', name: 'Start', createdBy: null });
  // What keeping every deleted character would cost: a document without garbage collection, fed the same updates.
  const everything = new Y.Doc({ gc: false });
  Y.applyUpdate(everything, Y.encodeStateAsUpdate(first.doc));
  for (const client of clients) client.doc.on('update', (update: Uint8Array) => Y.applyUpdate(everything, update));

  const before = tableBytes();
  const logBefore = (await server.store.loadUpdates(documentId)).reduce(
    (sum, entry) => sum + entry.update.byteLength,
    0,
  );
  const next = random(name.length * 7919);
  const letters = 'abcdefghijklmnopqrstuvwxyzåäö ';
  for (let edit = 0; edit < EDITS; edit++) {
    const client = clients[typing ? 0 : Math.floor(edit / 25) % 2]!;
    const candidates = texts(client.doc).filter((text) => text.length > 0);
    const target = candidates[Math.floor(next() * candidates.length)] as Y.XmlText;
    if (typing) {
      const last = candidates.at(-1) as Y.XmlText;
      last.insert(last.length, letters[edit % letters.length] as string);
    } else if (next() < 0.7 || target.length < 4) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 5) },
        () => letters[Math.floor(next() * letters.length)],
      ).join('');
      target.insert(Math.floor(next() * target.length), text);
    } else {
      const length = 1 + Math.floor(next() * 3);
      target.delete(Math.floor(next() * (target.length - length)), length);
    }
    // One update per edit, as keystrokes arrive: let each go out before the next.
    if (edit % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 5));
    if ((edit + 1) % VERSION_EVERY === 0) {
      await waitDurable(documentId);
      await server.versions.autoVersion(documentId);
    }
  }
  await waitDurable(documentId);
  const log = await server.store.loadUpdates(documentId);
  const logBytes = log.reduce((sum, entry) => sum + entry.update.byteLength, 0) - logBefore;
  const compacted = await compactDocument(server.store, documentId);
  const after = tableBytes();
  const grew = (table: string) => (after.get(table) ?? 0) - (before.get(table) ?? 0);
  const versions = await server.versions.store.listVersions(documentId);
  const states = await Promise.all(
    versions.map(async (v) => (await server.versions.getVersion(documentId, v.id))!.state),
  );
  const authorship = await server.versions.store.authorship(documentId);

  console.log(`\n${name}: ${EDITS} edits, a version every ${VERSION_EVERY}`);
  report(
    '  update log: appended (one entry per edit)',
    `${(logBytes / 1024).toFixed(1)} KiB in ${log.length - 1} entries`,
  );
  report('  update log: after compaction (the whole document)', `${(compacted.bytesAfter / 1024).toFixed(1)} KiB`);
  report('  authorship ranges kept (merged runs)', `${authorship.length} rows`);
  report(
    '  authorship + contributors tables and indexes on disk (growth, whole pages)',
    `${((grew('document_authorship') + grew('document_authorship_by_end') + grew('document_authorship_by_start') + grew('document_contributors') + grew('sqlite_autoindex_document_contributors_1')) / 1024).toFixed(1)} KiB`,
  );
  const stored = database
    .prepare('SELECT keyframe, length(state) AS bytes FROM document_versions WHERE document_id = ? ORDER BY position')
    .all(documentId) as { keyframe: number; bytes: number }[];
  const added = stored.slice(1);
  const versionBytes = added.reduce((sum, row) => sum + row.bytes, 0);
  const wholeBytes = states.slice(1).reduce((sum, state) => sum + state.byteLength, 0);
  report(
    `  versions: ${added.length} new (${added.filter((row) => row.keyframe === 1).length} whole, the rest deltas)`,
    `${(versionBytes / 1024).toFixed(1)} KiB (${(versionBytes / added.length / 1024).toFixed(1)} KiB each)`,
  );
  report('  the same versions had each been stored whole', `${(wholeBytes / 1024).toFixed(1)} KiB`);
  report(
    '  document_versions table on disk (growth, whole pages)',
    `${(grew('document_versions') / 1024).toFixed(1)} KiB`,
  );
  report(
    '  history kept per 1,000 edits (versions + authorship, log compacted)',
    `${((versionBytes + authorship.length * 100) / 1024).toFixed(1)} KiB`,
  );
  report(
    '  for comparison: a gc:false document holding every edit (grows for ever)',
    `${(Y.encodeStateAsUpdate(everything).byteLength / 1024).toFixed(1)} KiB`,
  );
  for (const client of clients) client.destroy();
  everything.destroy();
  return { documentId, states };
}

await scenario('Typing at the end', true);
const { documentId, states } = await scenario('Two writers, random inserts and deletes', false);

// Compare time on the seed-sized paragraph: the first and last versions of the mixed scenario (1,000 edits apart)
// and two versions 100 edits apart.
console.log(
  `\nCompare the seed-sized paragraph (9.5 KB of text), 20 runs each; load average ${loadavg()[0]?.toFixed(1)}`,
);
const authorship = authorLookup(await server.versions.store.authorship(documentId));
const toNode = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(CONTENT_FRAGMENT), getEditorSchema());
};
/** Median and fastest of 20 runs: on a shared machine the fastest is what the code costs, the median what it got. */
function median(run: () => unknown): string {
  const times: number[] = [];
  for (let index = 0; index < 20; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return `median ${(times[10] as number).toFixed(1)} ms, fastest ${(times[0] as number).toFixed(1)} ms`;
}
for (const [label, older, newer] of [
  ['100 edits apart', states.at(-2)!, states.at(-1)!],
  ['1,000 edits apart', states[0]!, states.at(-1)!],
] as const) {
  const ours = compareStates(older, newer, authorship);
  report(
    `  ${label}: Yjs snapshots + word diff, with authors (chosen)`,
    `${median(() => compareStates(older, newer, authorship))}, ${ours.changes} changes`,
  );
  let changes = 0;
  const changeset = median(() => {
    const a = toNode(older);
    const b = toNode(newer);
    const step = new ReplaceStep(0, a.content.size, new Slice(b.content, 0, 0));
    changes = ChangeSet.create(a).addSteps(b, [step.getMap()], null).changes.length;
  });
  report(
    `  ${label}: prosemirror-changeset (decode both + diff, no authors)`,
    `${changeset}, ${changes} changes (one change over the whole text: too large for its diff)`,
  );
  const route = [];
  for (let index = 0; index < 20; index++) {
    const versions = await server.versions.store.listVersions(documentId);
    const start = performance.now();
    await (
      await fetch(
        `${server.url}/api/documents/${documentId}/compare?from=${versions.at(label.startsWith('100') ? -2 : 0)!.id}&to=${versions.at(-1)!.id}`,
        {
          headers: { authorization: `Bearer ${writers[0]}` },
        },
      )
    ).arrayBuffer();
    route.push(performance.now() - start);
  }
  report(`  ${label}: GET /compare over HTTP (median)`, `${(route.sort((a, b) => a - b)[10] as number).toFixed(1)} ms`);
}

database.close();
await server.close();
rmSync(dataDir, { recursive: true, force: true });
