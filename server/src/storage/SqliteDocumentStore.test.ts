import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteOrganisationStore } from '../organisation/SqliteOrganisationStore';
import { compactDocument } from './compactDocument';
import { newDocumentRecord } from './newDocumentRecord';
import { SqliteDocumentStore } from './SqliteDocumentStore';
import { openDatabase } from './sqlite/openDatabase';
import { UpdateWriter } from './UpdateWriter';

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText('t').insert(doc.getText('t').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

function replay(updates: readonly { update: Uint8Array }[]): string {
  const doc = new Y.Doc();
  for (const entry of updates) Y.applyUpdate(doc, entry.update);
  return doc.getText('t').toString();
}

describe('SqliteDocumentStore', () => {
  let directory: string;
  let store: SqliteDocumentStore;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'yttra-store-'));
    store = new SqliteDocumentStore(join(directory, 'yttra.sqlite'));
    await store.createDocument(newDocumentRecord({ id: 'doc-one', title: 'Ett', createdAt: 1 }));
    await store.createDocument(newDocumentRecord({ id: 'doc-two', title: 'Två', createdAt: 2 }));
  });

  afterEach(async () => {
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps document metadata and lists an organisation’s free documents newest first', async () => {
    expect(await store.getDocument('doc-one')).toEqual(
      newDocumentRecord({ id: 'doc-one', title: 'Ett', createdAt: 1 }),
    );
    expect(await store.getDocument('missing')).toBeUndefined();
    const database = openDatabase(join(directory, 'yttra.sqlite'));
    await new SqliteOrganisationStore(database).createOrganisation({ id: 'hl', name: 'HL', templateId: 't' }, []);
    const shared = new SqliteDocumentStore(database);
    await shared.createDocument(newDocumentRecord({ id: 'doc-hl-1', title: 'A', createdAt: 3, organisationId: 'hl' }));
    await shared.createDocument(newDocumentRecord({ id: 'doc-hl-2', title: 'B', createdAt: 4, organisationId: 'hl' }));
    expect((await shared.listDocuments(['hl'], 10)).map((record) => record.id)).toEqual(['doc-hl-2', 'doc-hl-1']);
    expect(await shared.listDocuments([], 10)).toEqual([]);
    database.close();
  });

  it('appends updates per document in order and loads them back after reopening', async () => {
    const source = new Y.Doc();
    await store.appendUpdates([
      { documentId: 'doc-one', update: textUpdate(source, 'Hej ') },
      { documentId: 'doc-two', update: Y.encodeStateAsUpdate(new Y.Doc()) },
      { documentId: 'doc-one', update: textUpdate(source, 'världen') },
    ]);
    await store.close();
    store = new SqliteDocumentStore(join(directory, 'yttra.sqlite'));
    const log = await store.loadUpdates('doc-one');
    expect(log).toHaveLength(2);
    expect(log[0]!.seq).toBeLessThan(log[1]!.seq);
    expect(replay(log)).toBe('Hej världen');
    expect(await store.loadUpdates('doc-two')).toHaveLength(1);
  });

  it('refuses updates for a document that was never created', async () => {
    await expect(store.appendUpdates([{ documentId: 'nope', update: new Uint8Array([0, 0]) }])).rejects.toThrow();
  });

  it('compacts the log into one snapshot without changing the content', async () => {
    const source = new Y.Doc();
    for (const word of ['a', 'b', 'c', 'd']) {
      await store.appendUpdates([{ documentId: 'doc-one', update: textUpdate(source, word) }]);
    }
    const result = await compactDocument(store, 'doc-one');
    expect(result.entriesBefore).toBe(4);
    const log = await store.loadUpdates('doc-one');
    expect(log).toHaveLength(1);
    expect(replay(log)).toBe('abcd');
  });

  it('keeps updates appended while a compaction is running', async () => {
    const source = new Y.Doc();
    const writer = new UpdateWriter(store);
    for (const word of ['1', '2', '3']) await writer.append('doc-one', textUpdate(source, word));
    const compaction = compactDocument(store, 'doc-one');
    // These land between the compaction's read and its replacement.
    const racing = [
      writer.append('doc-one', textUpdate(source, '4')),
      writer.append('doc-one', textUpdate(source, '5')),
    ];
    await Promise.all([compaction, ...racing]);
    const log = await store.loadUpdates('doc-one');
    expect(log).toHaveLength(3);
    expect(replay(log)).toBe('12345');
  });
});

describe('UpdateWriter', () => {
  it('writes the appends of one event-loop turn in one batch and resolves after commit', async () => {
    const committed: number[] = [];
    const fakeStore = {
      appendUpdates: async (entries: readonly unknown[]) => {
        committed.push(entries.length);
      },
    };
    const writer = new UpdateWriter(fakeStore as never);
    const first = writer.append('a', new Uint8Array([1]));
    const second = writer.append('a', new Uint8Array([2]));
    expect(committed).toEqual([]);
    await Promise.all([first, second]);
    expect(committed).toEqual([2]);
    await writer.append('a', new Uint8Array([3]));
    expect(committed).toEqual([2, 1]);
    expect(writer.stats()).toEqual({ updatesWritten: 3, batchesWritten: 2 });
  });

  it('rejects every append of a batch whose commit failed, and carries on with the next', async () => {
    let fail = true;
    const writer = new UpdateWriter({
      appendUpdates: async () => {
        if (fail) throw new Error('disk full');
      },
    } as never);
    await expect(writer.append('a', new Uint8Array([1]))).rejects.toThrow('disk full');
    fail = false;
    await expect(writer.append('a', new Uint8Array([2]))).resolves.toBeUndefined();
  });
});
