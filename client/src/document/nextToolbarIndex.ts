/**
 * Roving focus inside a horizontal toolbar (WAI-ARIA toolbar pattern): arrows move and wrap, Home and End
 * jump. Returns null for keys the toolbar does not handle, so they keep their normal meaning.
 */
export function nextToolbarIndex(current: number, key: string, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
