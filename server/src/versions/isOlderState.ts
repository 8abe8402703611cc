import * as Y from 'yjs';

/**
 * True when state `a` holds nothing that `b` lacks (every client's clock in `a` is at most its clock in `b`): `a`
 * is the earlier of two points in one document's history. Versions only move forward, restores included.
 */
export function isOlderState(a: Uint8Array, b: Uint8Array): boolean {
  const before = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(a));
  const after = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(b));
  for (const [client, clock] of before) if (clock > (after.get(client) ?? 0)) return false;
  return true;
}
