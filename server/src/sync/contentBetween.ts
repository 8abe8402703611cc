import * as Y from 'yjs';

/** Any shared type (Yjs types its lists by their event type). */
export type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never;

/** A list of a document: a type's sequence, or one key of a map. */
export interface ListPlace {
  parent: SharedType;
  parentSub: string | null;
}

/** Structs walked between an item's two neighbours; concurrent insertions at one spot, as runs. */
const MAX_BETWEEN = 2_000;

/**
 * The first id of every struct (or part of one) standing between the two neighbours in the document, or why the
 * neighbours are not in that order.
 */
export function contentBetween(
  store: Y.Doc['store'],
  place: ListPlace,
  left: Y.ID | null,
  right: Y.ID | null,
  limit = MAX_BETWEEN,
): Y.ID[] | string {
  const between: Y.ID[] = [];
  const contains = (item: Y.Item, id: Y.ID) =>
    item.id.client === id.client && item.id.clock <= id.clock && id.clock < item.id.clock + item.length;
  let next: Y.Item | null;
  if (left) {
    const leftItem = Y.getItem(store, left) as Y.Item;
    const rest = left.clock + 1;
    if (rest < leftItem.id.clock + leftItem.length) {
      // The left neighbour is inside a run: the run's next character stands right of it.
      if (right && contains(leftItem, right)) {
        if (right.clock <= left.clock) return 'item right neighbour is left of its left neighbour';
        if (right.clock > rest) between.push(new Y.ID(left.client, rest));
        return between;
      }
      between.push(new Y.ID(left.client, rest));
    }
    next = leftItem.right;
  } else if (place.parentSub === null) {
    next = place.parent._start;
  } else {
    next = place.parent._map.get(place.parentSub) ?? null;
    while (next?.left) next = next.left;
  }
  while (next) {
    if (right && contains(next, right)) {
      if (right.clock > next.id.clock) between.push(next.id);
      return between;
    }
    between.push(next.id);
    if (between.length > limit) return 'item neighbours too far apart';
    next = next.right;
  }
  return right ? 'item right neighbour is not right of its left neighbour' : between;
}
