import type * as Y from 'yjs';
import type { AuthorshipRange } from '../storage/DocumentStore';

export type AuthorLookup = (kind: AuthorshipRange['kind'], id: Y.ID) => string | null;

/** Finds who inserted or deleted the struct with a given id, from the document's authorship ranges. */
export function authorLookup(ranges: readonly AuthorshipRange[]): AuthorLookup {
  const byKey = new Map<string, AuthorshipRange[]>();
  for (const range of ranges) {
    const key = `${range.kind}:${range.client}`;
    const list = byKey.get(key) ?? [];
    list.push(range);
    byKey.set(key, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.clock - b.clock);
  return (kind, id) => {
    const list = byKey.get(`${kind}:${id.client}`);
    if (!list) return null;
    // Binary search for the last range starting at or before the clock.
    let low = 0;
    let high = list.length - 1;
    let found: AuthorshipRange | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = list[middle] as AuthorshipRange;
      if (range.clock <= id.clock) {
        found = range;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    // Ranges of one kind and client may overlap (two users deleting the same text): the later range wins there,
    // which the search finds when it starts later; an earlier one that still covers the clock is used otherwise.
    if (found && id.clock < found.clockEnd) return found.userId;
    const covering = list.find((range) => range.clock <= id.clock && id.clock < range.clockEnd);
    return covering?.userId ?? null;
  };
}
