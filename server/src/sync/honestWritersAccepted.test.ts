import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ArrivalOrder } from './ArrivalOrder';
import { findUpdateRefusal } from './findUpdateRefusal';

/** A small seeded generator, so a failing session can be replayed by its seed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/**
 * Three honest writers edit the same text offline (often at the same place: the end), then their updates reach
 * the server in random order. Returns every refusal the validator gave; an honest writer must never get one,
 * since a refusal closes its connection and its edits would never land.
 */
function refusalsOfHonestSession(seed: number): string[] {
  const random = seededRandom(seed);
  const server = new Y.Doc();
  const writers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const base = new Y.Doc();
  base.getXmlFragment('default').insert(0, [new Y.XmlText('Nämnden beslutar')]);
  const start = Y.encodeStateAsUpdate(base);
  for (const doc of [server, ...writers]) Y.applyUpdate(doc, start);
  const refusals: string[] = [];
  for (let round = 0; round < 20; round++) {
    const updates: Uint8Array[] = [];
    for (const writer of writers) {
      const before = Y.encodeStateVector(writer);
      const text = writer.getXmlFragment('default').get(0) as Y.XmlText;
      for (let edit = 0, edits = 1 + Math.floor(random() * 3); edit < edits; edit++) {
        const length = text.length;
        const position = random() < 0.5 ? length : Math.floor(random() * (length + 1));
        if (length === 0 || random() < 0.7) text.insert(position, random() < 0.5 ? 'a' : 'bc');
        else text.delete(Math.min(position, length - 1), 1);
      }
      updates.push(Y.encodeStateAsUpdate(writer, before));
    }
    updates.sort(() => random() - 0.5);
    for (const update of updates) {
      const refusal = findUpdateRefusal(server, update, Y.decodeUpdate(update));
      if (refusal) refusals.push(`seed ${seed} round ${round}: ${refusal.reason}`);
      else Y.applyUpdate(server, update);
    }
    const everything = Y.encodeStateAsUpdate(server);
    for (const writer of writers) Y.applyUpdate(writer, everything);
  }
  return refusals;
}

interface Writer {
  doc: Y.Doc;
  /** Server updates relayed to this writer, not yet received. */
  inbox: Uint8Array[];
}

/**
 * Honest writers edit while the server crashes now and then: updates it accepted but had not yet stored are lost
 * (their authors still hold them; nobody else got them, since the server relays only what is stored), it loads the
 * stored log again in one transaction (sometimes compacted into one snapshot), and each writer sends what the
 * server lacks, in random order, while relayed updates reach the writers late. Returns the refusals.
 */
function refusalsAcrossRestarts(seed: number): string[] {
  const random = seededRandom(seed);
  const pick = (count: number) => Math.floor(random() * count);
  const base = new Y.Doc();
  base.clientID = 1;
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('Nämnden beslutar')]);
  base.getXmlFragment('default').insert(0, [paragraph]);
  let stored: Uint8Array[] = [Y.encodeStateAsUpdate(base)];
  let unstored: Uint8Array[] = [];
  let server = new Y.Doc();
  let arrival = new ArrivalOrder(server);
  const load = () => {
    server = new Y.Doc();
    arrival = new ArrivalOrder(server);
    // As DocumentRegistry loads a document: the whole stored log in one transaction.
    Y.transact(server, () => {
      for (const update of stored) Y.applyUpdate(server, update, 'storage');
    });
  };
  load();
  const writers: Writer[] = [0, 1, 2, 3].map((index) => {
    const doc = new Y.Doc();
    // Client ids in random order: which of two concurrent insertions at one spot stands first depends on them.
    doc.clientID = 2 + index + 4 * pick(1_000);
    Y.applyUpdate(doc, stored[0] as Uint8Array);
    return { doc, inbox: [] };
  });
  const refusals: string[] = [];
  let waiting: Uint8Array[] = [];
  const offer = (update: Uint8Array, round: number) => {
    const refusal = findUpdateRefusal(server, update, Y.decodeUpdate(update), arrival.of);
    if (refusal?.missing) waiting.push(update);
    else if (refusal) refusals.push(`seed ${seed} round ${round}: ${refusal.reason}`);
    else {
      Y.applyUpdate(server, update);
      unstored.push(update);
    }
  };
  const retryWaiting = (round: number) => {
    for (let before = Number.POSITIVE_INFINITY; waiting.length > 0 && waiting.length < before; ) {
      before = waiting.length;
      const retry = waiting;
      waiting = [];
      for (const update of retry) offer(update, round);
    }
  };
  /** Appends are stored in the order they were accepted; a crash loses those not stored yet. */
  const store = (count = unstored.length) => {
    const written = unstored.splice(0, count);
    // Stored, then relayed to every writer (the author already has it, and Yjs ignores what it has).
    for (const update of written) for (const writer of writers) writer.inbox.push(update);
    stored.push(...written);
  };
  for (let round = 0; round < 30; round++) {
    const sent: Uint8Array[] = [];
    for (const writer of writers) {
      const before = Y.encodeStateVector(writer.doc);
      edit(writer.doc, random);
      sent.push(Y.encodeStateAsUpdate(writer.doc, before));
    }
    sent.sort(() => random() - 0.5);
    for (const update of sent) offer(update, round);
    retryWaiting(round);
    store(pick(unstored.length + 1));
    for (const writer of writers) {
      const received = writer.inbox.splice(0, pick(writer.inbox.length + 1));
      for (const update of received) Y.applyUpdate(writer.doc, update);
    }
    if (random() < 0.25) {
      // A crash: what was not stored is gone, and so are the connections with what was on its way.
      unstored = [];
      waiting = [];
      for (const writer of writers) writer.inbox = [];
      if (random() < 0.5) {
        load();
        stored = [Y.encodeStateAsUpdate(server)];
      }
      load();
      // Each writer answers the server's sync step 1 with everything it lacks, in random order.
      const answers = writers.map((writer) => Y.encodeStateAsUpdate(writer.doc, Y.encodeStateVector(server)));
      answers.sort(() => random() - 0.5);
      for (const answer of answers) offer(answer, round);
      retryWaiting(round);
      store();
      // And is sent what it lacks in turn.
      for (const writer of writers) {
        Y.applyUpdate(writer.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(writer.doc)));
      }
    }
  }
  // Nothing an honest writer typed is lost: once everything is stored and delivered, all hold the same text.
  store();
  for (const writer of writers) {
    for (const update of writer.inbox) Y.applyUpdate(writer.doc, update);
    const text = writer.doc.getXmlFragment('default').toString();
    if (text !== server.getXmlFragment('default').toString()) refusals.push(`seed ${seed}: a writer's text differs`);
  }
  if (waiting.length > 0) refusals.push(`seed ${seed}: ${waiting.length} updates still wait`);
  return refusals;
}

/** One to three edits of an editor: typing (often at the end of a paragraph), deleting, or a new paragraph. */
function edit(doc: Y.Doc, random: () => number): void {
  const fragment = doc.getXmlFragment('default');
  for (let count = 0, edits = 1 + Math.floor(random() * 3); count < edits; count++) {
    const index = Math.floor(random() * fragment.length);
    const paragraph = fragment.get(index) as Y.XmlElement;
    const text = paragraph.get(0) as Y.XmlText;
    const length = text.length;
    const position = random() < 0.5 ? length : Math.floor(random() * (length + 1));
    const choice = random();
    if (choice < 0.1 && fragment.length < 6) {
      const added = new Y.XmlElement('paragraph');
      added.insert(0, [new Y.XmlText('ny')]);
      fragment.insert(index + 1, [added]);
    } else if (choice < 0.3 && length > 0) text.delete(Math.min(position, length - 1), 1 + Math.floor(random() * 2));
    else text.insert(position, random() < 0.5 ? 'a' : 'bc');
  }
}

describe('findUpdateRefusal and honest writers', () => {
  it('never refuses concurrent edits of honest writers, at the same place or not', () => {
    const refusals: string[] = [];
    for (let seed = 1; seed <= 60; seed++) refusals.push(...refusalsOfHonestSession(seed));
    expect(refusals).toEqual([]);
  }, 120_000);

  it('never refuses them across crashes and restarts, with lost, resent and compacted edits, nor loses text', () => {
    const refusals: string[] = [];
    for (let seed = 1; seed <= 200; seed++) refusals.push(...refusalsAcrossRestarts(seed));
    expect(refusals).toEqual([]);
  }, 120_000);
});
