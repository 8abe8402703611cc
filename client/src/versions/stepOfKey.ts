/** The keys that step through changes while the comparison has focus: N/J and P/K, or Alt with the arrows. */
export function stepOfKey(event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): 1 | -1 | 0 {
  if (event.ctrlKey || event.metaKey) return 0;
  if (event.altKey) return event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
  const key = event.key.toLowerCase();
  if (key === 'n' || key === 'j') return 1;
  if (key === 'p' || key === 'k') return -1;
  return 0;
}
