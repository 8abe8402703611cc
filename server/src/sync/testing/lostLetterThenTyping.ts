import { expect } from 'vitest';
import * as Y from 'yjs';
import { replica } from './replica';
import { updateOf } from './updateOf';

/**
 * The writer's first letter reached the server but was lost in a crash (never stored), while a concurrent
 * insertion at the same spot was stored and relayed to the writer, who then typed next to its first letter.
 * The writer (client 100) sorts before the other one (client 200), so its letter stands left of theirs.
 */
export function lostLetterThenTyping(): { server: Y.Doc; writer: Y.Doc; resent: Uint8Array } {
  const author = replica(1);
  author.getText('t').insert(0, 'LR');
  const server = replica(9, author);
  const writer = replica(100, author);
  const other = replica(200, author);
  writer.getText('t').insert(1, 'x');
  const concurrent = updateOf(other, () => other.getText('t').insert(1, 'X'));
  Y.applyUpdate(server, concurrent);
  Y.applyUpdate(writer, concurrent);
  expect(writer.getText('t').toString()).toBe('LxXR');
  writer.getText('t').insert(2, 'y');
  // After the restart the writer sends all the server lacks: "x" between L and R, "y" between "x" and "X".
  const resent = Y.encodeStateAsUpdate(writer, Y.encodeStateVector(server));
  return { server, writer, resent };
}
