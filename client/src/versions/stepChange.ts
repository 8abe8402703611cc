/**
 * The change to move to from `current` (-1 when none is chosen yet): the next or previous one, wrapping around at
 * the ends as Word's "next change" does; -1 when there are no changes.
 */
export function stepChange(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** The keys that step through changes while the comparison has focus: N/J and P/K, or Alt with the arrows. */
export function stepOfKey(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): 1 | -1 | 0 {
  if (event.ctrlKey || event.metaKey) return 0;
  if (event.altKey) return event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  const key = event.key.toLowerCase();
  if (key === 'n' || key === 'j') return 1;
  if (key === 'p' || key === 'k') return -1;
  return 0;
}
