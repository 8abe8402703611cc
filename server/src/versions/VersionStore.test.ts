import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compactDocument } from '../storage/compactDocument';
import type { AuthorshipRange, DocumentStore, PendingAppend } from '../storage/DocumentStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { type StorageHarness, storageBackends } from '../storage/testing/storageBackends';
import { transactionAuthorship } from '../sync/transactionAuthorship';
import type { VersionStore } from './VersionStore';

describe.each(storageBackends)('VersionStore contract with the update log ($engine)', (backend) => {
  let harness: StorageHarness;
  let documents: DocumentStore;
  let versions: VersionStore;
  let doc = new Y.Doc();

  /** One keystroke as the server stores it: the update with its author and what it inserted or deleted. */
  async function write(userId: string, change: (text: Y.Text) => void): Promise<void> {
    await documents.appendUpdates([keystroke('doc-1', userId, change)]);
  }

  /** The entry `write` appends, for appending several in one batch. */
  function keystroke(documentId: string, userId: string | null, change: (text: Y.Text) => void): PendingAppend {
    let update: Uint8Array | undefined;
    let authorship: AuthorshipRange[] = [];
    const onUpdate = (bytes: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      update = bytes;
      authorship = userId === null ? [] : transactionAuthorship(transaction, userId);
    };
    doc.on('update', onUpdate);
    doc.transact(() => change(doc.getText('t')));
    doc.off('update', onUpdate);
    return { documentId, update: update!, authorId: userId, authorship };
  }

  beforeEach(async () => {
    doc = new Y.Doc();
    harness = await backend.open();
    documents = harness.storage.documents;
    versions = harness.storage.versions;
    await documents.createDocument(newDocumentRecord({ id: 'doc-1', title: 'Test' }));
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it('keeps a run of typing and of backspacing as one authorship range each, through compaction', async () => {
    for (const character of 'Hej hopp') await write('anna', (text) => text.insert(text.length, character));
    for (let index = 0; index < 4; index++) await write('bo', (text) => text.delete(text.length - 1, 1));
    await compactDocument(documents, 'doc-1');
    expect((await documents.loadUpdates('doc-1')).length).toBe(1);
    const ranges = await versions.authorship('doc-1');
    expect(ranges).toEqual([
      { kind: 'insert', client: doc.clientID, clock: 0, clockEnd: 8, userId: 'anna' },
      { kind: 'delete', client: doc.clientID, clock: 4, clockEnd: 8, userId: 'bo' },
    ]);
  });

  it('names the writers since a given seq, and versions round-trip with their state', async () => {
    await write('anna', (text) => text.insert(0, 'a'));
    const seq = await versions.lastSeq('doc-1');
    expect(await versions.authorsSince('doc-1', 0)).toEqual(['anna']);
    expect(await versions.authorsSince('doc-1', seq)).toEqual([]);
    await write('bo', (text) => text.insert(0, 'b'));
    await write('anna', (text) => text.insert(0, 'c'));
    expect(await versions.authorsSince('doc-1', seq)).toEqual(['bo', 'anna']);
    const record = (id: string, position: number, keyframe: boolean, stored: Uint8Array) => ({
      id,
      documentId: 'doc-1',
      name: id,
      reason: 'named' as const,
      createdAt: position,
      createdBy: 'anna',
      authors: ['bo', 'anna'],
      upToSeq: position,
      position,
      stateVector: Y.encodeStateVector(doc),
      keyframe,
      stored,
    });
    await versions.addVersion(record('v1', 1, true, Y.encodeStateAsUpdate(doc)));
    await versions.addVersion(record('v2', 2, false, new Uint8Array([2])));
    await versions.addVersion(record('v3', 3, true, new Uint8Array([3])));
    await versions.addVersion(record('v4', 4, false, new Uint8Array([4])));
    const first = await versions.versionChain('doc-1', 'v1');
    expect(first?.version).toMatchObject({ authors: ['bo', 'anna'], keyframe: true, position: 1 });
    expect(Buffer.from(first!.chain[0]!).equals(Buffer.from(Y.encodeStateAsUpdate(doc)))).toBe(true);
    // From the nearest keyframe at or before the version, in order.
    expect((await versions.versionChain('doc-1', 'v2'))?.chain.map((bytes) => bytes[0])).toEqual([
      first!.chain[0]![0],
      2,
    ]);
    expect((await versions.versionChain('doc-1', 'v4'))?.chain.map((bytes) => [...bytes])).toEqual([[3], [4]]);
    expect((await versions.latestVersion('doc-1'))?.id).toBe('v4');
    expect(await versions.versionChain('other', 'v1')).toBeUndefined();
    expect((await versions.listVersions('doc-1')).map((version) => version.name)).toEqual(['v1', 'v2', 'v3', 'v4']);
  });

  it('records the authors of a batch with its entries, and nothing of a batch that fails', async () => {
    await documents.createDocument(newDocumentRecord({ id: 'doc-2', title: 'Andra' }));
    const insert = (documentId: string, userId: string | null, character: string) =>
      keystroke(documentId, userId, (text) => text.insert(text.length, character));
    // The server's own write (no author), then anna, bo and anna again in one batch, one of them on doc-2.
    await documents.appendUpdates([
      insert('doc-1', null, 'x'),
      insert('doc-1', 'anna', 'a'),
      insert('doc-2', 'bo', 'b'),
      insert('doc-1', 'bo', 'c'),
      insert('doc-1', 'anna', 'd'),
    ]);
    // Seqs are per document with PostgreSQL, one sequence for all with SQLite: only their order is the contract.
    const seqs = (await documents.loadUpdates('doc-1')).map((entry) => entry.seq);
    expect(seqs).toHaveLength(4);
    const last = seqs[3] as number;
    expect(await versions.lastSeq('doc-1')).toBe(last);
    expect(await versions.authorsSince('doc-1', 0)).toEqual(['bo', 'anna']);
    expect(await versions.authorsSince('doc-1', seqs[2] as number)).toEqual(['anna']);
    expect(await versions.authorsSince('doc-2', 0)).toEqual(['bo']);
    expect(await versions.authorsSince('doc-1', last)).toEqual([]);
    const client = doc.clientID;
    expect(await versions.authorship('doc-1')).toEqual([
      { kind: 'insert', client, clock: 1, clockEnd: 2, userId: 'anna' },
      { kind: 'insert', client, clock: 3, clockEnd: 4, userId: 'bo' },
      { kind: 'insert', client, clock: 4, clockEnd: 5, userId: 'anna' },
    ]);
    // One entry of the batch is for an unknown document: no entry, author or range of it is kept.
    await expect(
      documents.appendUpdates([insert('doc-1', 'cecilia', 'e'), insert('missing', 'cecilia', 'f')]),
    ).rejects.toThrow();
    expect(await versions.lastSeq('doc-1')).toBe(last);
    expect((await documents.loadUpdates('doc-1')).length).toBe(4);
    expect(await versions.authorsSince('doc-1', 0)).toEqual(['bo', 'anna']);
    expect((await versions.authorship('doc-1')).map((range) => range.userId)).toEqual(['anna', 'bo', 'anna']);
  });

  it('keeps every author of two instances writing to one document at once', async () => {
    const other = await harness.openAnother();
    const writers = ['anna', 'bo', 'cecilia', 'david'];
    // Each writer has a Yjs client of its own, as each browser does; all append at the same moment.
    const batches = writers.map((userId, index) => {
      const replica = new Y.Doc();
      replica.clientID = 1000 + index;
      let entry: PendingAppend | undefined;
      replica.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
        entry = {
          documentId: 'doc-1',
          update,
          authorId: userId,
          authorship: transactionAuthorship(transaction, userId),
        };
      });
      for (const character of 'abc') replica.getText('t').insert(0, character);
      return entry!;
    });
    await Promise.all(
      batches.map((entry, index) => (index % 2 === 0 ? documents : other.documents).appendUpdates([entry])),
    );
    expect(await versions.lastSeq('doc-1')).toBe(4);
    expect([...(await versions.authorsSince('doc-1', 0))].sort()).toEqual(writers);
    const ranges = await other.versions.authorship('doc-1');
    expect(ranges.map((range) => [range.userId, range.client, range.clock, range.clockEnd]).sort()).toEqual([
      ['anna', 1000, 2, 3],
      ['bo', 1001, 2, 3],
      ['cecilia', 1002, 2, 3],
      ['david', 1003, 2, 3],
    ]);
  });
});
