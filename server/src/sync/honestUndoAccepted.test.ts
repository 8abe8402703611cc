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

function paragraph(): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText('x')]);
  return element;
}

/**
 * One writer types, adds and deletes paragraphs and characters, and undoes and redoes with Yjs' UndoManager (as
 * the editor does); every update goes to the server as it is made. Returns the validator's refusals: Yjs' redo gives
 * a restored item its original's neighbours, with content deleted since in between, and refusing that closed the
 * writer on every reconnect (the editor fuzz's "not in the download", protocol note seed 20261334).
 */
function refusalsOfUndoSession(seed: number, steps: number): string[] {
  const random = seededRandom(seed);
  const server = new Y.Doc();
  const writer = new Y.Doc();
  const fragment = writer.getXmlFragment('default');
  const undo = new Y.UndoManager(fragment, { captureTimeout: 0 });
  const refusals: string[] = [];
  writer.on('update', (update: Uint8Array) => {
    const refusal = findUpdateRefusal(server, update, Y.decodeUpdate(update));
    if (refusal) refusals.push(`seed ${seed}: ${refusal.reason}`);
    else Y.applyUpdate(server, update);
  });
  fragment.insert(0, [paragraph()]);
  const someText = () => (fragment.get(Math.floor(random() * fragment.length)) as Y.XmlElement).get(0) as Y.XmlText;
  for (let step = 0; step < steps && refusals.length === 0; step++) {
    const roll = random();
    const count = fragment.length;
    if (roll < 0.3 && count > 0) {
      const text = someText();
      if (text) text.insert(Math.floor(random() * (text.length + 1)), 'ab');
    } else if (roll < 0.4) fragment.insert(Math.floor(random() * (count + 1)), [paragraph()]);
    else if (roll < 0.55 && count > 0) {
      const at = Math.floor(random() * count);
      fragment.delete(at, 1 + Math.floor(random() * Math.min(2, count - at)));
    } else if (roll < 0.65 && count > 0) {
      const text = someText();
      if (text && text.length > 0) text.delete(Math.floor(random() * text.length), 1);
    } else if (roll < 0.83) undo.undo();
    else undo.redo();
  }
  return refusals;
}

describe('findUpdateRefusal and an honest writer’s undo and redo', () => {
  it('takes what Yjs’ UndoManager writes when it restores deleted paragraphs and characters', () => {
    const refusals: string[] = [];
    for (let seed = 1; seed <= 300; seed++) refusals.push(...refusalsOfUndoSession(seed, 60));
    expect(refusals).toEqual([]);
  }, 120_000);
});
