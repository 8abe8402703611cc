import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compactDocument } from './compactDocument';
import type { DocumentStore, StoredUpdate } from './DocumentStore';
import { newDocumentRecord } from './newDocumentRecord';
import { type StorageHarness, storageBackends } from './testing/storageBackends';
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

function seqs(log: readonly StoredUpdate[]): number[] {
  return log.map((entry) => entry.seq);
}

function expectStrictlyIncreasing(values: readonly number[]): void {
  for (let index = 1; index < values.length; index++) {
    expect(values[index]).toBeGreaterThan(values[index - 1] as number);
  }
}

describe.each(storageBackends)('DocumentStore contract ($engine)', (backend) => {
  let harness: StorageHarness;
  let store: DocumentStore;

  beforeEach(async () => {
    harness = await backend.open();
    store = harness.storage.documents;
    await store.createDocument(newDocumentRecord({ id: 'doc-one', title: 'Ett', createdAt: 1 }));
    await store.createDocument(newDocumentRecord({ id: 'doc-two', title: 'Två', createdAt: 2 }));
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it('keeps document metadata and lists an organisation’s free documents newest first', async () => {
    expect(await store.getDocument('doc-one')).toEqual(
      newDocumentRecord({ id: 'doc-one', title: 'Ett', createdAt: 1 }),
    );
    expect(await store.getDocument('missing')).toBeUndefined();
    await harness.storage.organisations.createOrganisation({ id: 'hl', name: 'HL', templateId: 't' }, []);
    await harness.storage.organisations.createOrganisation({ id: 'bn', name: 'BN', templateId: 't' }, []);
    await store.createDocument(newDocumentRecord({ id: 'doc-hl-1', title: 'A', createdAt: 3, organisationId: 'hl' }));
    await store.createDocument(newDocumentRecord({ id: 'doc-hl-2', title: 'B', createdAt: 4, organisationId: 'hl' }));
    await store.createDocument(newDocumentRecord({ id: 'doc-bn-1', title: 'C', createdAt: 5, organisationId: 'bn' }));
    expect((await store.listDocuments(['hl'], 10)).map((record) => record.id)).toEqual(['doc-hl-2', 'doc-hl-1']);
    expect((await store.listDocuments(['hl', 'bn'], 2)).map((record) => record.id)).toEqual(['doc-bn-1', 'doc-hl-2']);
    expect(await store.listDocuments([], 10)).toEqual([]);
  });

  it('refuses a second document with the same id and changes nothing', async () => {
    await expect(store.createDocument(newDocumentRecord({ id: 'doc-one', title: 'Igen' }))).rejects.toThrow();
    expect((await store.getDocument('doc-one'))?.title).toBe('Ett');
  });

  it('lists a matter’s documents, approves, withdraws and finds an approval by its checksum', async () => {
    await harness.storage.organisations.createOrganisation({ id: 'hl', name: 'HL', templateId: 't' }, []);
    await harness.storage.organisations.createMatter({
      id: 'matter-1',
      organisationId: 'hl',
      caseNumber: 'HL 2019/310',
      title: 'Remiss',
      kind: 'remiss',
      meetingDate: null,
      replyDeadline: null,
      status: 'drafting',
      createdAt: 10,
    });
    const paragraph = newDocumentRecord({
      id: 'paragraph',
      title: '§ 6',
      kind: 'protocol',
      templateId: 'standard',
      organisationId: 'hl',
      matterId: 'matter-1',
      role: 'protocol',
      createdAt: 11,
    });
    const draft = newDocumentRecord({
      id: 'draft-m',
      title: 'M',
      organisationId: 'hl',
      matterId: 'matter-1',
      role: 'draft',
      draftKind: 'proposal',
      createdAt: 12,
    });
    await store.createDocument(draft);
    await store.createDocument(paragraph);
    expect((await store.listMatterDocuments('matter-1')).map((record) => record.id)).toEqual(['paragraph', 'draft-m']);
    expect(await store.listDocuments(['hl'], 10)).toEqual([]);

    expect(await store.approvedText('paragraph')).toBeUndefined();
    await store.markApproved('paragraph', 500, 'abc123', 'Protokoll nr 8 § 6\nåäö\n');
    expect(await store.approvedText('paragraph')).toBe('Protokoll nr 8 § 6\nåäö\n');
    expect(await store.findApproved('abc123')).toEqual({ ...paragraph, approvedAt: 500, approvedChecksum: 'abc123' });
    expect(await store.findApproved('other')).toBeUndefined();

    await store.markWithdrawn('draft-m', 600);
    expect((await store.getDocument('draft-m'))?.withdrawnAt).toBe(600);
  });

  it('appends updates per document in order and loads them back from another connection', async () => {
    const source = new Y.Doc();
    await store.appendUpdates([
      { documentId: 'doc-one', update: textUpdate(source, 'Hej ') },
      { documentId: 'doc-two', update: Y.encodeStateAsUpdate(new Y.Doc()) },
      { documentId: 'doc-one', update: textUpdate(source, 'världen') },
    ]);
    const reopened = (await harness.openAnother()).documents;
    const log = await reopened.loadUpdates('doc-one');
    expect(log).toHaveLength(2);
    expectStrictlyIncreasing(seqs(log));
    expect(replay(log)).toBe('Hej världen');
    expect(await reopened.loadUpdates('doc-two')).toHaveLength(1);
    expect(await reopened.loadUpdates('missing')).toEqual([]);
  });

  it('refuses updates for a document that was never created, and stores nothing of that batch', async () => {
    await expect(
      store.appendUpdates([
        { documentId: 'doc-one', update: textUpdate(new Y.Doc(), 'x') },
        { documentId: 'nope', update: new Uint8Array([0, 0]) },
      ]),
    ).rejects.toThrow();
    expect(await store.loadUpdates('doc-one')).toEqual([]);
  });

  it('loads the entries after a given seq, in append order', async () => {
    const source = new Y.Doc();
    for (const word of ['a', 'b', 'c', 'd']) {
      await store.appendUpdates([{ documentId: 'doc-one', update: textUpdate(source, word) }]);
    }
    const log = await store.loadUpdates('doc-one');
    expect(await store.loadUpdatesAfter('doc-one', -1)).toEqual(log);
    expect(await store.loadUpdatesAfter('doc-one', 0)).toEqual(log);
    expect(await store.loadUpdatesAfter('doc-one', log[1]!.seq)).toEqual(log.slice(2));
    expect(await store.loadUpdatesAfter('doc-one', log[3]!.seq)).toEqual([]);
    expect(await store.loadUpdatesAfter('doc-two', -1)).toEqual([]);
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

  it('keeps seq growing across compaction: the snapshot keeps the highest seq it replaced', async () => {
    const source = new Y.Doc();
    for (const word of ['a', 'b', 'c']) {
      await store.appendUpdates([{ documentId: 'doc-one', update: textUpdate(source, word) }]);
    }
    const before = await store.loadUpdates('doc-one');
    const upTo = before[2]!.seq;
    await store.replaceUpdates('doc-one', before[1]!.seq, Y.mergeUpdates(before.slice(0, 2).map((e) => e.update)));
    await store.appendUpdates([{ documentId: 'doc-one', update: textUpdate(source, 'd') }]);
    const after = await store.loadUpdates('doc-one');
    expect(seqs(after).slice(0, 2)).toEqual([before[1]!.seq, upTo]);
    expect(after).toHaveLength(3);
    expect(after[2]!.seq).toBeGreaterThan(upTo);
    expect(replay(after)).toBe('abcd');
    // A reader that had seen up to `upTo` before the compaction finds exactly what came after.
    expect(replay([...before, ...(await store.loadUpdatesAfter('doc-one', upTo))])).toBe('abcd');
    expect(seqs(await store.loadUpdatesAfter('doc-one', upTo))).toEqual([after[2]!.seq]);
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
    expectStrictlyIncreasing(seqs(log));
    expect(replay(log)).toBe('12345');
  });

  it('serialises appends to one document from two instances: every entry once, seqs unique and increasing, and a reader following by seq misses none', async () => {
    const other = (await harness.openAnother()).documents;
    const writers = [store, other];
    const perWriter = 60;
    const appended: string[] = [];
    const append = async (writer: DocumentStore, name: string, index: number) => {
      const text = `${name}${index};`;
      const doc = new Y.Doc();
      doc.getText('t').insert(0, text);
      // Some batches also touch the other document, in a different order per writer: no deadlock either way.
      const extra = { documentId: 'doc-two', update: Y.encodeStateAsUpdate(new Y.Doc()) };
      const main = { documentId: 'doc-one', update: Y.encodeStateAsUpdate(doc) };
      await writer.appendUpdates(index % 3 === 0 ? (name === 'a' ? [extra, main] : [main, extra]) : [main]);
      appended.push(text);
    };

    // The follower reads like an instance catching up after a missed message: everything after the last seq seen.
    const followed: StoredUpdate[] = [];
    let done = false;
    const follower = (async () => {
      let lastSeq = -1;
      for (;;) {
        const finished = done;
        const next = await other.loadUpdatesAfter('doc-one', lastSeq);
        for (const entry of next) {
          expect(entry.seq).toBeGreaterThan(lastSeq);
          lastSeq = entry.seq;
          followed.push(entry);
        }
        if (finished) return;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    await Promise.all(
      writers.flatMap((writer, writerIndex) =>
        Array.from({ length: perWriter }, (_, index) => append(writer, writerIndex === 0 ? 'a' : 'b', index)),
      ),
    );
    done = true;
    await follower;

    const log = await store.loadUpdates('doc-one');
    expect(log).toHaveLength(2 * perWriter);
    expectStrictlyIncreasing(seqs(log));
    expect(seqs(followed)).toEqual(seqs(log));
    const text = replay(log);
    for (const piece of appended) expect(text).toContain(piece);
    expect(await store.loadUpdates('doc-two')).toHaveLength(2 * Math.ceil(perWriter / 3));
  });
});
