import * as Y from 'yjs';

/**
 * A version's whole state from its keyframe and the deltas after it, applied in order into a garbage-collected
 * document, so the answer is the same compact encoding the version had when it was saved.
 */
export function rebuildState(chain: readonly Uint8Array[]): Uint8Array {
  if (chain.length === 1) return chain[0] as Uint8Array;
  const doc = new Y.Doc();
  for (const stored of chain) Y.applyUpdate(doc, stored);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
