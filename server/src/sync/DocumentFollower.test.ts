import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentToText, initialContent } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LocalLock } from '../cluster/LocalLock';
import { MemoryRelayHub } from '../cluster/testing/MemoryRelayHub';
import { createLogger } from '../log';
import { compactDocument } from '../storage/compactDocument';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { SqliteDocumentStore } from '../storage/SqliteDocumentStore';
import { UpdateWriter } from '../storage/UpdateWriter';
import { DocumentRegistry } from './DocumentRegistry';
import type { SharedDocument } from './SharedDocument';
import { RecordingPeer } from './testPeer';

const log = createLogger('silent');

/** Two "instances" (registries with their own writer) on one store, relaying through a hub that can lose messages. */
describe('DocumentFollower: instances that share a log', () => {
  let directory: string;
  let store: SqliteDocumentStore;
  let hub: MemoryRelayHub;
  let registries: DocumentRegistry[];
  let documents: SharedDocument[];

  function registry(instanceId: string, lock: LocalLock): DocumentRegistry {
    return new DocumentRegistry(store, new UpdateWriter(store), log, {
      compactAfterUpdates: 1000,
      seedContent: (record) => initialContent(record.title),
      relay: hub.relay(instanceId),
      lock,
      catchUpIntervalMs: 60_000,
    });
  }

  /** A client of one instance appends a paragraph; resolves once the instance stored it. */
  async function type(document: SharedDocument, text: string): Promise<void> {
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(document.doc));
    const before = Y.encodeStateVector(scratch);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    const fragment = scratch.getXmlFragment(CONTENT_FRAGMENT);
    fragment.insert(fragment.length, [paragraph]);
    const update = Y.encodeStateAsUpdate(scratch, before);
    document.applyPeerUpdate(new RecordingPeer(`writer-${text}`), update, Y.decodeUpdate(update));
    await document.whenDurable();
  }

  const textOf = (document: SharedDocument) => documentToText(document.doc);
  const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Counts reads of the log past a seq, i.e. catch-ups. */
  function countReads(): () => number {
    let reads = 0;
    const read = store.loadUpdatesAfter.bind(store);
    store.loadUpdatesAfter = async (id, after) => {
      reads += 1;
      return read(id, after);
    };
    return () => reads;
  }

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'yttra-follower-'));
    store = new SqliteDocumentStore(join(directory, 'db.sqlite'));
    hub = new MemoryRelayHub();
    const lock = new LocalLock();
    registries = [registry('a', lock), registry('b', lock)];
    await store.createDocument(newDocumentRecord({ id: 'delad', title: 'Delad', createdAt: 1 }));
    documents = await Promise.all(registries.map((each) => each.acquire('delad')));
  });

  afterEach(async () => {
    for (const each of registries) await each.closeAll(1001, 'test over');
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('is seeded once although both instances loaded the empty document at once', async () => {
    expect((await store.loadUpdates('delad')).length).toBe(1);
    expect(Y.encodeStateVector(documents[0]!.doc)).toEqual(Y.encodeStateVector(documents[1]!.doc));
  });

  it('applies a relayed update that continues the chain at once, without reading the log', async () => {
    const [a, b] = documents as [SharedDocument, SharedDocument];
    const reads = countReads();
    await type(a, 'Från A');
    await type(a, 'Igen från A');
    await settle(5);
    expect(textOf(b)).toBe('Delad\n\nFrån A\nIgen från A');
    await settle(200);
    expect(reads()).toBe(0);
  });

  it('reads the log when a message was lost, and relays what it read to its own clients', async () => {
    const [a, b] = documents as [SharedDocument, SharedDocument];
    const client = new RecordingPeer('client-of-b');
    b.addPeer(client);
    hub.dropping = true;
    await type(a, 'Förlorad');
    hub.dropping = false;
    await type(a, 'Efter förlusten');
    await settle(5);
    // The later update arrived but its predecessor did not: the gap closes by a read within the grace time.
    expect(textOf(b)).not.toContain('Förlorad');
    await settle(300);
    expect(textOf(b)).toBe(textOf(a));
    // Its sync step 1, then the update the read brought (sub-type 2).
    expect(client.syncSteps()).toEqual([0, 2]);
  });

  it('converges when messages arrive in reverse order', async () => {
    const [a, b] = documents as [SharedDocument, SharedDocument];
    hub.hold();
    for (const word of ['ett', 'två', 'tre']) await type(a, word);
    hub.release();
    await settle(300);
    expect(textOf(b)).toBe('Delad\n\nett\ntvå\ntre');
  });

  it('catches up after a reconnect when the last message was lost', async () => {
    const [a, b] = documents as [SharedDocument, SharedDocument];
    hub.dropping = true;
    await type(a, 'Sist och förlorad');
    hub.dropping = false;
    await settle(200);
    expect(textOf(b)).not.toContain('Sist');
    hub.resyncAll();
    await settle(50);
    expect(textOf(b)).toBe(textOf(a));
  });

  it('follows the log across a compaction that merged entries it never saw', async () => {
    const [a, b] = documents as [SharedDocument, SharedDocument];
    hub.dropping = true;
    for (const word of ['fyra', 'fem']) await type(a, word);
    await compactDocument(store, 'delad');
    hub.dropping = false;
    await type(a, 'sex');
    await settle(300);
    expect(textOf(b)).toBe('Delad\n\nfyra\nfem\nsex');
    await type(b, 'sju');
    await settle(20);
    expect(textOf(a)).toBe('Delad\n\nfyra\nfem\nsex\nsju');
  });

  it('makes a server change on the log as it stands: an edit the relay lost is read first', async () => {
    const [a] = documents as [SharedDocument, SharedDocument];
    hub.dropping = true;
    await type(a, 'Osedd på B');
    const seen = await registries[1]!.changeDocument('delad', (document) => textOf(document));
    hub.dropping = false;
    expect(seen).toBe('Delad\n\nOsedd på B');
  });
});
