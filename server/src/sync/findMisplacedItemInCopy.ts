import * as Y from 'yjs';
import { contentBetween, type ListPlace } from './contentBetween';
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
export function findMisplacedItemInCopy(
  doc: Y.Doc,
  update: Uint8Array,
  structs: readonly Struct[],
  arrivalOf: (id: Y.ID) => number = () => Number.POSITIVE_INFINITY,
): string | null {
  const known = new Map<number, number>();
  for (const struct of structs) known.set(struct.id.client, Y.getState(doc.store, struct.id.client));
  const copy = new Y.Doc({ gc: doc.gc });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(copy, update);
  } catch {
    return 'update fails to integrate';
  }
  const { store } = copy;
  const stateOf = (client: number) => Y.getState(store, client);
  let size = 0;
  for (const structs of store.clients.values()) size += structs.length;
  // The quick check bounds its work by constants; this one only by the document: it runs on refusals, which close
  // their sender, and its cost stays of the order of the copy. Enough for a few clients' runs to search it whole.
  let budget = MAX_PAST_VISITS + 4 * size;

  // First every new item's place: the content between its neighbours, as Yjs placed it.
  const checks: Array<{ struct: Y.Item; start: number; between: Y.ID[] }> = [];
  /** Per client, the earliest arrival of anything between the neighbours of one of its new items. */
  const searchBack = new Map<number, number>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const before = known.get(struct.id.client) ?? 0;
    if (struct.id.clock + struct.length <= before) continue;
    // A resent struct is integrated from the known clock on, right of its client's last known struct.
    const start = Math.max(struct.id.clock, before);
    const first = new Y.ID(struct.id.client, start);
    const origin = start > struct.id.clock ? new Y.ID(struct.id.client, start - 1) : struct.origin;
    const placed = Y.getItem(store, first);
    // Turned into garbage (its type or a neighbour was): it has no place on any replica.
    if (!(placed instanceof Y.Item) || !placed.parent) continue;
    const place = { parent: placed.parent as ListPlace['parent'], parentSub: placed.parentSub };
    for (const neighbour of [origin, struct.rightOrigin]) {
      const item = neighbour ? Y.getItem(store, neighbour) : null;
      // Next to garbage collected content Yjs turns the item into garbage, so a placed item has none.
      if (item && !(item instanceof Y.Item)) return 'item neighbours cannot be resolved';
      if (item && (item.parent !== placed.parent || item.parentSub !== placed.parentSub)) {
        return 'item neighbours are in different lists';
      }
    }
    const between = contentBetween(store, place, origin, struct.rightOrigin, budget);
    if (typeof between === 'string') return between;
    budget -= between.length;
    if (!between.some((id) => contains(store, id, first))) return 'item lands outside its neighbours';
    checks.push({ struct, start, between });
    const earliest = Math.min(...between.map(arrivalOf));
    searchBack.set(struct.id.client, Math.min(earliest, searchBack.get(struct.id.client) ?? earliest));
  }

  // Then whether any of that content is in the item's causal past. Along one client's run the past only grows, so
  // it is searched once per client, back to the earliest arrival any of its items asks about.
  let visits = 0;
  let client: number | undefined;
  let seen = new Map<number, number>();
  for (const { struct, start, between } of checks) {
    if (struct.id.client !== client) {
      client = struct.id.client;
      seen = new Map();
    }
    const searchedBack = searchBack.get(client) ?? Number.POSITIVE_INFINITY;
    const roots = itemReferences(struct);
    if (start > 0) roots.push(new Y.ID(struct.id.client, start - 1));
    visits = extendPast(
      { store, seen, stateOf, fresh: new Map(), arrivalOf, searchedBack, limit: budget },
      roots,
      visits,
    );
    if (visits > budget) return 'item history too large to check';
    // The item's own run (and what its client wrote after it) is not in its past: `seen` stops below `start`.
    for (const id of between) {
      if (id.clock < (seen.get(id.client) ?? 0)) return 'item skips content its author had seen';
    }
  }
  return null;
}

/** Whether the struct (or part of one) starting at `start`, as contentBetween lists it, holds `id`. */
function contains(store: Y.Doc['store'], start: Y.ID, id: Y.ID): boolean {
  if (start.client !== id.client || start.clock > id.clock) return false;
  const struct = Y.getItem(store, start);
  return id.clock < struct.id.clock + struct.length;
}
