import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compactDocument } from '../storage/compactDocument';
import type { AuthorshipRange } from '../storage/DocumentStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { SqliteDocumentStore } from '../storage/SqliteDocumentStore';
import { openDatabase } from '../storage/sqlite/openDatabase';
import { transactionAuthorship } from '../sync/transactionAuthorship';
import { SqliteVersionStore } from './SqliteVersionStore';

describe('SqliteVersionStore with the update log', () => {
  let database: ReturnType<typeof openDatabase>;
  let documents: SqliteDocumentStore;
  let versions: SqliteVersionStore;
  let doc = new Y.Doc();

  /** One keystroke as the server stores it: the update with its author and what it inserted or deleted. */
  async function write(userId: string, change: (text: Y.Text) => void): Promise<void> {
    let update: Uint8Array | undefined;
    let authorship: AuthorshipRange[] = [];
    const onUpdate = (bytes: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      update = bytes;
      authorship = transactionAuthorship(transaction, userId);
    };
    doc.on('update', onUpdate);
    doc.transact(() => change(doc.getText('t')));
    doc.off('update', onUpdate);
    await documents.appendUpdates([{ documentId: 'doc-1', update: update!, authorId: userId, authorship }]);
  }

  beforeEach(async () => {
    doc = new Y.Doc();
    database = openDatabase(':memory:');
    documents = new SqliteDocumentStore(database);
    versions = new SqliteVersionStore(database);
    await documents.createDocument(newDocumentRecord({ id: 'doc-1', title: 'Test' }));
  });

  afterEach(() => database.close());

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
});
