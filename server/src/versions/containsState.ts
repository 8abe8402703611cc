import * as Y from 'yjs';

/** True when the state with vector `outer` holds every struct of the state with vector `inner`. */
export function containsState(outer: Uint8Array, inner: Uint8Array): boolean {
  const outerClocks = Y.decodeStateVector(outer);
  for (const [client, clock] of Y.decodeStateVector(inner)) if (clock > (outerClocks.get(client) ?? 0)) return false;
  return true;
}
