import * as Y from 'yjs';
import { extendPast, MAX_PAST_VISITS } from './extendPast';
import { itemReferences } from './itemReferences';

type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * What findMisplacedItem decides from the document before the update, decided from where Yjs actually puts each
 * new item: the update is applied to a copy of the document, and every new item must stand between its two
 * neighbours, in their list, with nothing between them that its author had seen (its causal past).
 *
 * findMisplacedItem gives a run of new items the gap its first item was typed into. That is not always so: a
 * writer whose first letter the server lost in a crash, but who received a concurrent insertion at the same spot
 * meanwhile, typed its next letter between its first one and that insertion, so the two letters of one update
 * name different gaps. Only the integration itself tells where the first letter lands, so a refusal of
 * findMisplacedItem is confirmed here before it closes a writer. It costs a copy of the document, once per
 * refused update: a refused writer is closed.
 *
 * For an honest item, the content between its neighbours is what its author had not seen, since the neighbours
 * were next to each other in its author's document and Yjs orders every replica's items alike; its causal past
 * (its client's earlier structs and, through origins and parents, what they refer to) is part of what it had seen.
 */
export function findMisplacedItemInCopy(doc: Y.Doc, update: Uint8Array, structs: readonly Struct[]): string | null {
  const known = new Map<number, number>();
  for (const struct of structs) known.set(struct.id.client, Y.getState(doc.store, struct.id.client));
  const copy = new Y.Doc({ gc: doc.gc });
  try {
    try {
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
      Y.applyUpdate(copy, update);
    } catch {
      return 'update fails to integrate';
    }
    return misplacedItemOfCopy(copy, known, structs);
  } finally {
    copy.destroy();
  }
}

/** Checks every new item of `structs` where the copy holds it, with the update applied. */
function misplacedItemOfCopy(
  copy: Y.Doc,
  known: ReadonlyMap<number, number>,
  structs: readonly Struct[],
): string | null {
  const { store } = copy;
  const stateOf = (client: number) => Y.getState(store, client);
  const lists = numberLists(copy);
  // The quick check bounds its work by constants; this one by the document: it runs on refusals, which close their
  // sender, and costs of the order of the copy. Enough for the runs of many clients (tabs) to search it whole.
  const limit = MAX_PAST_VISITS + 16 * lists.size;
  const never = () => Number.NEGATIVE_INFINITY;

  let visits = 0;
  let client: number | undefined;
  let seen = new Map<number, number>();
  /** Which positions of the lists hold a struct of the current item's past (by its first clock). */
  let past = new PositionCounts(lists.size);
  const onSeen = (owner: number, from: number, to: number) => {
    const list = store.clients.get(owner);
    if (!list || from >= stateOf(owner)) return;
    for (let index = Y.findIndexSS(list, from); index < list.length; index++) {
      const struct = list[index] as Y.Item | Y.GC;
      if (struct.id.clock >= to) break;
      // Deleted content does not count: Yjs' redo puts a restored item beside its original's deleted neighbours.
      const position = struct.id.clock >= from && !struct.deleted ? lists.position.get(struct as Y.Item) : undefined;
      if (position !== undefined) past.add(position);
    }
  };
  const inPast = (id: Y.ID) => id.clock < (seen.get(id.client) ?? 0);

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const before = known.get(struct.id.client) ?? 0;
    if (struct.id.clock + struct.length <= before) continue;
    // Along one client's run the past only grows: searched once per client, in full.
    if (struct.id.client !== client) {
      client = struct.id.client;
      seen = new Map();
      past = new PositionCounts(lists.size);
    }
    // A resent struct is integrated from the known clock on, right of its client's last known struct.
    const start = Math.max(struct.id.clock, before);
    const origin = start > struct.id.clock ? new Y.ID(struct.id.client, start - 1) : struct.origin;
    const { rightOrigin } = struct;
    const placed = Y.getItem(store, new Y.ID(struct.id.client, start));
    // Turned into garbage (its type or a neighbour was): it has no place on any replica.
    if (!(placed instanceof Y.Item) || !placed.parent) continue;
    const range = lists.range.get(placed);
    if (!range) continue;
    const left = origin ? Y.getItem(store, origin) : null;
    const right = rightOrigin ? Y.getItem(store, rightOrigin) : null;
    for (const neighbour of [left, right]) {
      // Next to garbage collected content Yjs turns the item into garbage, so a placed item has none.
      if (neighbour && !(neighbour instanceof Y.Item)) return 'item neighbours cannot be resolved';
      if (neighbour && lists.range.get(neighbour) !== range) return 'item neighbours are in different lists';
    }

    const roots = itemReferences(struct);
    if (start > 0) roots.push(new Y.ID(struct.id.client, start - 1));
    visits = extendPast(
      { store, seen, stateOf, fresh: new Map(), arrivalOf: never, searchedBack: never(), limit, onSeen },
      roots,
      visits,
    );
    if (visits > limit) return 'item history too large to check';

    // Between the neighbours: the rest of the left one's run, the structs standing between, the start of the right
    // one's run. The item's own run is not in its past (`seen` stops below `start`), nor anything after it.
    const low = left ? (lists.position.get(left) as number) : range.start - 1;
    const high = right ? (lists.position.get(right) as number) : range.end;
    if (low >= high) return 'item right neighbour is not right of its left neighbour';
    const at = lists.position.get(placed) as number;
    if (placed !== left && !(low < at && at < high)) return 'item lands outside its neighbours';
    const skipped =
      (left && origin && origin.clock + 1 < left.id.clock + left.length && left !== placed && !left.deleted
        ? inPast(new Y.ID(origin.client, origin.clock + 1))
        : false) ||
      (right && rightOrigin && rightOrigin.clock > right.id.clock && !right.deleted ? inPast(right.id) : false) ||
      past.count(low + 1, high) > 0;
    if (skipped) return 'item skips content its author had seen';
  }
  return null;
}

interface Lists {
  /** Every item that stands in a list, numbered in list order, each list one contiguous range. */
  position: Map<Y.Item, number>;
  /** The range of positions of the list an item stands in (one object per list). */
  range: Map<Y.Item, { start: number; end: number }>;
  size: number;
}

/** Numbers the items of every list of the document: each type's sequence and each key of its map. */
function numberLists(doc: Y.Doc): Lists {
  const lists: Lists = { position: new Map(), range: new Map(), size: 0 };
  const types = [...doc.share.values()] as Y.AbstractType<unknown>[];
  const number = (first: Y.Item | null) => {
    const range = { start: lists.size, end: lists.size };
    for (let item = first; item; item = item.right) {
      lists.position.set(item, lists.size++);
      lists.range.set(item, range);
      if (item.content instanceof Y.ContentType) types.push(item.content.type as Y.AbstractType<unknown>);
    }
    range.end = lists.size;
  };
  for (let type = types.pop(); type; type = types.pop()) {
    number(type._start);
    for (const last of type._map.values()) {
      let first: Y.Item = last;
      while (first.left) first = first.left;
      number(first);
    }
  }
  return lists;
}

/** Counts of marked positions, by prefix sums (a Fenwick tree): marking and counting a range are logarithmic. */
class PositionCounts {
  private readonly tree: Int32Array;

  constructor(size: number) {
    this.tree = new Int32Array(size + 1);
  }

  add(position: number): void {
    for (let index = position + 1; index < this.tree.length; index += index & -index)
      this.tree[index] = (this.tree[index] as number) + 1;
  }

  /** Marked positions from `from` up to, not including, `to`. */
  count(from: number, to: number): number {
    return this.below(to) - this.below(from);
  }

  private below(position: number): number {
    let sum = 0;
    for (let index = Math.max(0, Math.min(position, this.tree.length - 1)); index > 0; index -= index & -index) {
      sum += this.tree[index] as number;
    }
    return sum;
  }
}
