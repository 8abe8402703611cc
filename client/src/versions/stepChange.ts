/**
 * The change to move to from `current` (-1 when none is chosen yet): the next or previous one, wrapping around at
 * the ends as Word's "next change" does; -1 when there are no changes.
 */
export function stepChange(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}
