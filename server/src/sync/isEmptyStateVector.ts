/** A client that has nothing yet: y-protocols encodes that as a state vector of zero entries. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}
