import * as Y from 'yjs';
import { contentBetween, type ListPlace, type SharedType } from './contentBetween';
import { extendPast, MAX_PAST_VISITS } from './extendPast';
import { indexOfClock } from './indexOfClock';
import { itemReferences } from './itemReferences';

type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * Why an item of this (already ready, see findUpdateRefusal) update would land in a place that depends on the
 * order replicas receive things, or null when every item can only land in one place.
 *
 * Yjs converges for items a real editor made: an item is created between two neighbours that were next to each
 * other in its author's document, so whatever stands between them in any other replica was written concurrently,
 * without the author's knowledge. An item that names neighbours with content between them that its author had
 * seen (its own earlier writing, or anything its references depend on), neighbours in two lists, or a right
 * neighbour left of its left one integrates without an error but lands differently on the server, in storage
 * after compaction, and on a client with concurrent edits. Such an item is refused.
 *
 * What the author had seen at least is the causal past of the item: its client's earlier structs and, through
 * origins and parents, everything those depend on. Structs of the update that neighbour each other count by the
 * document content around them: a run of new items shares the gap its first item was typed into.
 */
export function findMisplacedItem(
  doc: Y.Doc,
  structs: readonly Struct[],
  arrivalOf: (id: Y.ID) => number = () => Number.POSITIVE_INFINITY,
): string | null {
  const { store } = doc;
  const stateCache = new Map<number, number>();
  const stateOf = (client: number) => {
    let state = stateCache.get(client);
    if (state === undefined) {
      state = Y.getState(store, client);
      stateCache.set(client, state);
    }
    return state;
  };
  const inDocument = (id: Y.ID) => id.clock < stateOf(id.client);

  const fresh = new Map<number, Struct[]>();
  for (const struct of structs) {
    if (struct.id.clock + struct.length <= stateOf(struct.id.client)) continue;
    const list = fresh.get(struct.id.client) ?? [];
    list.push(struct);
    fresh.set(struct.id.client, list);
  }
  const freshItem = (id: Y.ID): Y.Item | undefined => {
    const list = fresh.get(id.client) ?? [];
    const struct = list[indexOfClock(list, id.clock)];
    return struct instanceof Y.Item && id.clock < struct.id.clock + struct.length ? struct : undefined;
  };
  /** The left neighbour Yjs integrates a struct with: a resent struct continues from the known part. */
  const originOf = (item: Y.Item): Y.ID | null => {
    const known = stateOf(item.id.client);
    return item.id.clock < known ? new Y.ID(item.id.client, known - 1) : item.origin;
  };
  // Remembered per item: a run of new items (a paragraph per keystroke, typed offline) chains thousands of them.
  const edges = { left: new Map<Y.Item, Y.ID | null | undefined>(), right: new Map<Y.Item, Y.ID | null | undefined>() };
  const edge = (item: Y.Item, side: 'left' | 'right'): Y.ID | null | undefined => {
    const known = edges[side];
    const path: Y.Item[] = [];
    let current: Y.Item | undefined = item;
    let result: Y.ID | null | undefined;
    for (let steps = 0; ; steps++) {
      if (!current || steps > structs.length) break;
      if (known.has(current)) {
        result = known.get(current);
        break;
      }
      path.push(current);
      const next: Y.ID | null = side === 'left' ? originOf(current) : current.rightOrigin;
      if (next === null || inDocument(next)) {
        result = next;
        break;
      }
      current = freshItem(next);
    }
    for (const visited of path) known.set(visited, result);
    return result;
  };

  let visits = 0;
  /** Items of a run typed into one gap share its content: walked once, not once per item. */
  const gaps = new Map<string, { between: Y.ID[]; earliest: number }>();

  for (const [client, run] of fresh) {
    // The causal past grows along one client's run: a later struct has seen everything an earlier one had. It is
    // searched only back to the earliest arrival it is asked about, so it is started afresh for an earlier one.
    let seen = new Map<number, number>();
    let searchedBack = Number.POSITIVE_INFINITY;
    for (const struct of run) {
      if (!(struct instanceof Y.Item)) continue;
      const left = edge(struct, 'left');
      const right = edge(struct, 'right');
      if (left === undefined || right === undefined) return 'item neighbours cannot be resolved';
      const origin = originOf(struct);
      const originItem = origin && !inDocument(origin) ? freshItem(origin) : undefined;
      if (originItem && !sameId(edge(originItem, 'right'), right))
        return 'item leaves the gap its left neighbour is in';
      const rightItem =
        struct.rightOrigin && !inDocument(struct.rightOrigin) ? freshItem(struct.rightOrigin) : undefined;
      if (rightItem && !sameId(edge(rightItem, 'left'), left)) return 'item leaves the gap its right neighbour is in';

      const place = listOf(doc, struct, left, right, freshItem, inDocument);
      if (place === 'refused') return 'item neighbours are in different lists';
      // A new list, or a list that only exists as garbage: nothing can stand between the neighbours.
      if (place === null) continue;
      const gap = left || right ? `${left?.client}:${left?.clock}-${right?.client}:${right?.clock}` : undefined;
      const cached = gap === undefined ? undefined : gaps.get(gap);
      const between = cached?.between ?? contentBetween(store, place, left, right);
      if (typeof between === 'string') return between;
      if (between.length === 0) continue;

      // Nothing that arrived before a struct can have that struct in its past.
      const earliest = cached?.earliest ?? Math.min(...between.map(arrivalOf));
      if (gap !== undefined && !cached) gaps.set(gap, { between, earliest });
      if (earliest < searchedBack) {
        seen = new Map();
        searchedBack = earliest;
      }
      const roots: Y.ID[] = [];
      if (struct.id.clock > 0) roots.push(new Y.ID(client, struct.id.clock - 1));
      for (const reference of itemReferences(struct)) roots.push(reference);
      visits = extendPast({ store, seen, stateOf, fresh, arrivalOf, searchedBack }, roots, visits);
      if (visits > MAX_PAST_VISITS) return 'item history too large to check';
      for (const id of between) {
        if (id.clock < (seen.get(id.client) ?? 0) && !isDeleted(store, id))
          return 'item skips content its author had seen';
      }
    }
  }
  return null;
}

function sameId(a: Y.ID | null | undefined, b: Y.ID | null): boolean {
  if (a === undefined) return false;
  if (a === null || b === null) return a === b;
  return a.client === b.client && a.clock === b.clock;
}

/**
 * The list the item goes into, as Yjs resolves it from its neighbours (the right one wins), or from its parent
 * when both are missing; null for a list the document does not have yet.
 */
function listOf(
  doc: Y.Doc,
  item: Y.Item,
  left: Y.ID | null,
  right: Y.ID | null,
  freshItem: (id: Y.ID) => Y.Item | undefined,
  inDocument: (id: Y.ID) => boolean,
): ListPlace | null | 'refused' {
  const placeOf = (id: Y.ID): ListPlace | null => {
    const found = Y.getItem(doc.store, id);
    if (!(found instanceof Y.Item)) return null;
    return { parent: found.parent as SharedType, parentSub: found.parentSub };
  };
  if (left || right) {
    const leftPlace = left ? placeOf(left) : undefined;
    const rightPlace = right ? placeOf(right) : undefined;
    // Next to garbage collected content, Yjs turns the item into garbage too, on every replica.
    if (leftPlace === null || rightPlace === null) return null;
    if (leftPlace && rightPlace) {
      if (leftPlace.parent !== rightPlace.parent || leftPlace.parentSub !== rightPlace.parentSub) return 'refused';
    }
    return rightPlace ?? leftPlace ?? null;
  }
  // No neighbour in the document: the first new item of the run names the list.
  let first: Y.Item | undefined = item;
  for (let steps = 0; first && (first.origin || first.rightOrigin) && steps < 10_000; steps++) {
    const next = (first.origin ?? first.rightOrigin) as Y.ID;
    first = inDocument(next) ? undefined : freshItem(next);
  }
  if (!first) return null;
  const { parent } = first as unknown as { parent: unknown };
  if (typeof parent === 'string') {
    const root = doc.share.get(parent);
    return root ? { parent: root, parentSub: first.parentSub } : null;
  }
  if (parent instanceof Y.ID && inDocument(parent)) {
    const found = Y.getItem(doc.store, parent);
    if (found instanceof Y.Item && found.content instanceof Y.ContentType) {
      return { parent: found.content.type as SharedType, parentSub: first.parentSub };
    }
  }
  return null;
}

/**
 * Deleted content may stand between an honest item's neighbours although its author had seen it: Yjs' own redo
 * gives a restored item the neighbours its original had, with whatever was deleted around it since in between.
 */
function isDeleted(store: Y.Doc['store'], id: Y.ID): boolean {
  const item = Y.getItem(store, id);
  return item.deleted;
}
