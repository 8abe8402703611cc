import { documentToText } from '@yttra/editor';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { compactDocument } from '../storage/compactDocument';
import { UnknownDocumentError } from './DocumentRegistry';
import { MalformedMessageError } from './readClientMessage';
import { RecordingPeer } from './testPeer';
import { useTestRegistry } from './testRegistry';

/** Holds a promise open until released; used to freeze storage at an exact moment. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('DocumentRegistry and SharedDocument', () => {
  const t = useTestRegistry();

  it('loads a document once for concurrent joins', async () => {
    let loads = 0;
    const loadUpdates = t.store.loadUpdates.bind(t.store);
    t.store.loadUpdates = async (id) => {
      loads += 1;
      return loadUpdates(id);
    };
    const documents = await Promise.all([1, 2, 3].map(() => t.registry.acquire('dokument1')));
    expect(new Set(documents).size).toBe(1);
    expect(loads).toBe(1);
    expect(documentToText(documents[0]!.doc)).toBe('Remiss\n');
  });

  it('refuses an unknown document without storing anything', async () => {
    await expect(t.registry.acquire('okand123')).rejects.toBeInstanceOf(UnknownDocumentError);
    expect(await t.store.loadUpdates('okand123')).toEqual([]);
    expect(t.registry.loadedCount).toBe(0);
  });

  it('never stores an empty or seeded document over real data when a load fails', async () => {
    const first = await t.registry.acquire('dokument1');
    first.doc.getXmlFragment('default').insert(2, [new Y.XmlElement('paragraph')]);
    await t.writer.drain();
    await t.registry.release(first);
    const logBefore = await t.store.loadUpdates('dokument1');

    const loadUpdates = t.store.loadUpdates.bind(t.store);
    t.store.loadUpdates = async () => {
      throw new Error('disk unavailable');
    };
    await expect(t.registry.acquire('dokument1')).rejects.toThrow('disk unavailable');
    expect(t.registry.loadedCount).toBe(0);
    t.store.loadUpdates = loadUpdates;
    expect(await t.store.loadUpdates('dokument1')).toEqual(logBefore);

    const retried = await t.registry.acquire('dokument1');
    expect(retried.doc.getXmlFragment('default').length).toBe(3);
  });

  it('relays an update to other peers only after it is durable', async () => {
    const document = await t.registry.acquire('dokument1');
    const author = new RecordingPeer('author');
    const reader = new RecordingPeer('reader');
    document.addPeer(author);
    document.addPeer(reader);
    const appendUpdates = t.store.appendUpdates.bind(t.store);
    const storage = gate();
    t.store.appendUpdates = async (entries) => {
      await storage.opened;
      return appendUpdates(entries);
    };

    const edit = new Y.Doc();
    Y.applyUpdate(edit, Y.encodeStateAsUpdate(document.doc));
    const before = Y.encodeStateVector(edit);
    edit.getXmlFragment('default').insert(0, [new Y.XmlElement('paragraph')]);
    const update = Y.encodeStateAsUpdate(edit, before);
    document.applyPeerUpdate(author, update, Y.decodeUpdate(update));

    const lateJoiner = new RecordingPeer('late');
    document.addPeer(lateJoiner);
    const answered = document.answerSyncStep1(lateJoiner, Y.encodeStateVector(new Y.Doc()));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(reader.syncSteps()).toEqual([0]);
    expect(lateJoiner.syncSteps()).toEqual([0]);

    storage.open();
    await answered;
    await t.writer.drain();
    expect(reader.syncSteps()).toEqual([0, 2]);
    expect(author.syncSteps()).toEqual([0]);
    // The late joiner also hears the relayed update, and its step 2 comes only after the write.
    expect(lateJoiner.syncSteps()).toEqual([0, 2, 1]);
    expect((await t.store.loadUpdates('dokument1')).length).toBe(2);
  });

  it('closes every peer and forgets the document when a write fails', async () => {
    const document = await t.registry.acquire('dokument1');
    const author = new RecordingPeer('author');
    const reader = new RecordingPeer('reader');
    document.addPeer(author);
    document.addPeer(reader);
    t.store.appendUpdates = async () => {
      throw new Error('disk full');
    };
    const edit = new Y.Doc();
    edit.getText('t').insert(0, 'förlorad?');
    const update = Y.encodeStateAsUpdate(edit);
    document.applyPeerUpdate(author, update, Y.decodeUpdate(update));
    await t.writer.drain();
    expect(author.closedWith?.code).toBe(1011);
    expect(reader.closedWith?.code).toBe(1011);
    expect(reader.syncSteps()).toEqual([0]);
    expect(t.registry.loadedCount).toBe(0);
  });

  it('refuses an update Yjs cannot integrate for its sender alone, before it touches the document', async () => {
    const document = await t.registry.acquire('dokument1');
    const author = new RecordingPeer('author');
    const reader = new RecordingPeer('reader');
    document.addPeer(author);
    document.addPeer(reader);
    const stateBefore = Y.encodeStateAsUpdate(document.doc);
    // A delete range of length 0: it parses, but Y.applyUpdate throws halfway through.
    const zeroDelete = new Uint8Array([0, 1, 1, 1, 0, 0]);
    expect(() => document.applyPeerUpdate(author, zeroDelete, Y.decodeUpdate(zeroDelete))).toThrow(
      MalformedMessageError,
    );
    await t.writer.drain();
    expect(Y.encodeStateAsUpdate(document.doc)).toEqual(stateBefore);
    expect(author.closedWith).toBeUndefined();
    expect(reader.closedWith).toBeUndefined();
    expect(t.registry.loadedCount).toBe(1);
    expect((await t.store.loadUpdates('dokument1')).length).toBe(1);
    // The document keeps working for everyone.
    const edit = new Y.Doc();
    Y.applyUpdate(edit, stateBefore);
    const before = Y.encodeStateVector(edit);
    edit.getXmlFragment('default').insert(0, [new Y.XmlElement('paragraph')]);
    const good = Y.encodeStateAsUpdate(edit, before);
    document.applyPeerUpdate(author, good, Y.decodeUpdate(good));
    await t.writer.drain();
    expect(reader.syncSteps()).toEqual([0, 2]);
  });

  it('holds an update whose structs are missing, applies it once they arrive, and never after access is gone', async () => {
    const document = await t.registry.acquire('dokument1');
    const author = new RecordingPeer('author', true, 'staff', 'user-a');
    document.addPeer(author);
    const edit = new Y.Doc();
    Y.applyUpdate(edit, Y.encodeStateAsUpdate(document.doc));
    const base = Y.encodeStateVector(edit);
    edit.getText('t').insert(0, 'a');
    const first = Y.encodeStateAsUpdate(edit, base);
    const middle = Y.encodeStateVector(edit);
    edit.getText('t').insert(1, 'b');
    const second = Y.encodeStateAsUpdate(edit, middle);
    document.applyPeerUpdate(author, second, Y.decodeUpdate(second));
    expect(document.doc.getText('t').toString()).toBe('');
    document.applyPeerUpdate(author, first, Y.decodeUpdate(first));
    expect(document.doc.getText('t').toString()).toBe('ab');

    const before = Y.encodeStateVector(edit);
    edit.getText('t').insert(2, 'c');
    const third = Y.encodeStateAsUpdate(edit, before);
    const afterThird = Y.encodeStateVector(edit);
    edit.getText('t').insert(3, 'd');
    const fourth = Y.encodeStateAsUpdate(edit, afterThird);
    document.applyPeerUpdate(author, fourth, Y.decodeUpdate(fourth));
    author.canWrite = false;
    // The same person again, on a new connection that may write (a reconnect).
    const other = new RecordingPeer('other', true, 'staff', 'user-a');
    document.addPeer(other);
    document.applyPeerUpdate(other, third, Y.decodeUpdate(third));
    // The writer's own edit lands; the one its read-only sender left waiting does not.
    expect(document.doc.getText('t').toString()).toBe('abc');
  });

  it('answers empty clients from one encoding of the document, encoded afresh after every change', async () => {
    const document = await t.registry.acquire('dokument1');
    const first = new RecordingPeer('first');
    const second = new RecordingPeer('second');
    const third = new RecordingPeer('third');
    for (const peer of [first, second, third]) document.addPeer(peer);
    const empty = Y.encodeStateVector(new Y.Doc());
    await document.answerSyncStep1(first, empty);
    await document.answerSyncStep1(second, empty);
    expect(second.sent.at(-1)).toBe(first.sent.at(-1));
    const edit = new Y.Doc();
    Y.applyUpdate(edit, Y.encodeStateAsUpdate(document.doc));
    const before = Y.encodeStateVector(edit);
    edit.getText('t').insert(0, 'ny');
    const update = Y.encodeStateAsUpdate(edit, before);
    document.applyPeerUpdate(first, update, Y.decodeUpdate(update));
    await document.answerSyncStep1(third, empty);
    const answer = third.sent.at(-1) as Uint8Array;
    expect(answer).not.toBe(first.sent.at(-1));
    const joined = new Y.Doc();
    // Message type 0, sync step 2 (1), then the update with a varuint length.
    const decoder = decoding.createDecoder(answer);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(joined, decoding.readVarUint8Array(decoder));
    expect(joined.getText('t').toString()).toBe('ny');
  });

  it('answers the first empty client after a cold load of a compacted document with the stored snapshot', async () => {
    const writing = await t.registry.acquire('dokument1');
    const author = new RecordingPeer('author');
    writing.addPeer(author);
    const edit = new Y.Doc();
    Y.applyUpdate(edit, Y.encodeStateAsUpdate(writing.doc));
    const before = Y.encodeStateVector(edit);
    edit.getText('t').insert(0, 'sparad');
    const update = Y.encodeStateAsUpdate(edit, before);
    writing.applyPeerUpdate(author, update, Y.decodeUpdate(update));
    writing.removePeer(author);
    await t.registry.release(writing);
    await compactDocument(t.store, 'dokument1');
    const [snapshot] = await t.store.loadUpdates('dokument1');
    const reader = new RecordingPeer('reader');
    const loaded = await t.registry.acquire('dokument1');
    loaded.addPeer(reader);
    await loaded.answerSyncStep1(reader, Y.encodeStateVector(new Y.Doc()));
    const decoder = decoding.createDecoder(reader.sent.at(-1) as Uint8Array);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    const answer = decoding.readVarUint8Array(decoder);
    expect(answer).toEqual(snapshot?.update);
    const joined = new Y.Doc();
    Y.applyUpdate(joined, answer);
    expect(joined.getText('t').toString()).toBe('sparad');
  });

  it('loads stored content without writing it again, and writes and relays what comes after the load', async () => {
    const first = await t.registry.acquire('dokument1');
    const author = new RecordingPeer('author');
    first.addPeer(author);
    const edit = new Y.Doc();
    Y.applyUpdate(edit, Y.encodeStateAsUpdate(first.doc));
    const typeInto = (text: string) => {
      const before = Y.encodeStateVector(edit);
      edit.getText('t').insert(edit.getText('t').length, text);
      return Y.encodeStateAsUpdate(edit, before);
    };
    const stored = typeInto('sparad');
    first.applyPeerUpdate(author, stored, Y.decodeUpdate(stored));
    first.removePeer(author);
    await t.registry.release(first);

    const appended: number[] = [];
    const appendUpdates = t.store.appendUpdates.bind(t.store);
    t.store.appendUpdates = async (entries) => {
      appended.push(entries.length);
      return appendUpdates(entries);
    };
    const loaded = await t.registry.acquire('dokument1');
    expect(loaded.doc.getText('t').toString()).toBe('sparad');
    expect(appended).toEqual([]);

    const writing = new RecordingPeer('writing');
    const reading = new RecordingPeer('reading');
    loaded.addPeer(writing);
    loaded.addPeer(reading);
    const later = typeInto(' och mer');
    loaded.applyPeerUpdate(writing, later, Y.decodeUpdate(later));
    await loaded.whenDurable();
    expect(appended).toEqual([1]);
    expect(reading.syncSteps().at(-1)).toBe(2);
    expect(loaded.doc.getText('t').toString()).toBe('sparad och mer');
  });

  it('lets nobody overwrite or remove presence another connection owns', async () => {
    const document = await t.registry.acquire('dokument1');
    const anna = new RecordingPeer('anna');
    const mallory = new RecordingPeer('mallory');
    document.addPeer(anna);
    document.addPeer(mallory);
    const annaDoc = new Y.Doc();
    const annaAwareness = new Awareness(annaDoc);
    annaAwareness.setLocalStateField('user', { name: 'Anna' });
    document.applyPeerAwareness(anna, encodeAwarenessUpdate(annaAwareness, [annaDoc.clientID]));
    annaAwareness.setLocalStateField('user', { name: 'Mallory' });
    document.applyPeerAwareness(mallory, encodeAwarenessUpdate(annaAwareness, [annaDoc.clientID]));
    expect(document.awareness.getStates().get(annaDoc.clientID)).toEqual({ user: { name: 'Anna' } });
    document.removePeer(anna);
    expect(document.awareness.getStates().has(annaDoc.clientID)).toBe(false);
    annaAwareness.destroy();
  });

  it('lets nobody write under a client id another person showed in presence or wrote under first', async () => {
    const document = await t.registry.acquire('dokument1');
    const anna = new RecordingPeer('anna', true, 'staff', 'user-anna');
    const mallory = new RecordingPeer('mallory', true, 'staff', 'user-mallory');
    document.addPeer(anna);
    document.addPeer(mallory);
    const annaDoc = new Y.Doc();
    Y.applyUpdate(annaDoc, Y.encodeStateAsUpdate(document.doc));
    const annaAwareness = new Awareness(annaDoc);
    annaAwareness.setLocalStateField('user', { name: 'Anna' });
    // Anna's editor shows her presence when it connects, before she types anything.
    document.applyPeerAwareness(anna, encodeAwarenessUpdate(annaAwareness, [annaDoc.clientID]));
    annaAwareness.destroy();
    const forger = new Y.Doc();
    forger.clientID = annaDoc.clientID;
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(document.doc));
    const before = Y.encodeStateVector(forger);
    forger.getText('t').insert(0, 'förfalskat');
    const forged = Y.encodeStateAsUpdate(forger, before);
    expect(() => document.applyPeerUpdate(mallory, forged, Y.decodeUpdate(forged))).toThrow(MalformedMessageError);
    // Anna's own edit under the same id and clock lands, and Mallory's text never did.
    const annaBefore = Y.encodeStateVector(annaDoc);
    annaDoc.getText('t').insert(0, 'Annas text');
    const own = Y.encodeStateAsUpdate(annaDoc, annaBefore);
    document.applyPeerUpdate(anna, own, Y.decodeUpdate(own));
    expect(document.doc.getText('t').toString()).toBe('Annas text');

    // An id first seen in a write belongs to its writer as well.
    const bo = new RecordingPeer('bo', true, 'staff', 'user-bo');
    document.addPeer(bo);
    const boDoc = new Y.Doc();
    Y.applyUpdate(boDoc, Y.encodeStateAsUpdate(document.doc));
    const boBefore = Y.encodeStateVector(boDoc);
    boDoc.getText('t').insert(0, 'Bo ');
    const boEdit = Y.encodeStateAsUpdate(boDoc, boBefore);
    document.applyPeerUpdate(bo, boEdit, Y.decodeUpdate(boEdit));
    const asBo = new Y.Doc();
    Y.applyUpdate(asBo, Y.encodeStateAsUpdate(document.doc));
    // Set after loading: Yjs would pick a new id on seeing its own id in what it loads.
    asBo.clientID = boDoc.clientID;
    const asBoBefore = Y.encodeStateVector(asBo);
    asBo.getText('t').insert(0, 'falsk ');
    const asBoEdit = Y.encodeStateAsUpdate(asBo, asBoBefore);
    expect(() => document.applyPeerUpdate(mallory, asBoEdit, Y.decodeUpdate(asBoEdit))).toThrow(MalformedMessageError);
    // A resend of what the document has is no forgery: Yjs skips it.
    document.applyPeerUpdate(mallory, boEdit, Y.decodeUpdate(boEdit));
    expect(document.doc.getText('t').toString()).toBe('Bo Annas text');
  });
});
