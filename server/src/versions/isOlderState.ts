import * as Y from 'yjs';
import { containsState } from './containsState';

/**
 * True when state `a` holds nothing that `b` lacks (every client's clock in `a` is at most its clock in `b`): `a`
 * is the earlier of two points in one document's history. Versions only move forward, restores included.
 */
export function isOlderState(a: Uint8Array, b: Uint8Array): boolean {
  return containsState(Y.encodeStateVectorFromUpdate(b), Y.encodeStateVectorFromUpdate(a));
}
