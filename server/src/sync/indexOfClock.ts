/**
 * The index of the last struct starting at or before `clock` among one client's structs in clock order (as an
 * update decodes them), or -1 for none: a binary search, where a linear one made long offline runs quadratic.
 */
export function indexOfClock(structs: readonly { id: { clock: number } }[], clock: number): number {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((structs[middle] as { id: { clock: number } }).id.clock <= clock) low = middle + 1;
    else high = middle - 1;
  }
  return high;
}
