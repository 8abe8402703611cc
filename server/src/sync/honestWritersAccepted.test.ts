import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
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
      const refusal = findUpdateRefusal(server, Y.decodeUpdate(update));
      if (refusal) refusals.push(`seed ${seed} round ${round}: ${refusal.reason}`);
      else Y.applyUpdate(server, update);
    }
    const everything = Y.encodeStateAsUpdate(server);
    for (const writer of writers) Y.applyUpdate(writer, everything);
  }
  return refusals;
}

describe('findUpdateRefusal and honest writers', () => {
  it('never refuses concurrent edits of honest writers, at the same place or not', () => {
    const refusals: string[] = [];
    for (let seed = 1; seed <= 60; seed++) refusals.push(...refusalsOfHonestSession(seed));
    expect(refusals).toEqual([]);
  }, 120_000);
});
