import * as Y from 'yjs';
import { indexOfClock } from './indexOfClock';
import { itemReferences } from './itemReferences';

type Struct = Y.Item | Y.GC | Y.Skip;

/** Structs one update may make the check visit in the causal past of its items: bounds the cost of a frame. */
export const MAX_PAST_VISITS = 100_000;

export interface PastSearch {
  store: Y.Doc['store'];
  /** Per client, the clock below which everything is in the past (or arrived too early to matter). */
  seen: Map<number, number>;
  stateOf: (client: number) => number;
  fresh: Map<number, Struct[]>;
  arrivalOf: (id: Y.ID) => number;
  /** Structs that arrived before this cannot hold what is asked about in their past. */
  searchedBack: number;
  /** Visits after which the search gives up; MAX_PAST_VISITS unless said. */
  limit?: number;
  /** Told when `seen` grows for a client: its clocks from `from` up to `to` are in the past now. */
  onSeen?: (client: number, from: number, to: number) => void;
}

/**
 * Adds the causal past of `roots` to `search.seen` and returns the visit count so far. Prefix-closed per client,
 * so each struct is visited once, walking back from the newest and stopping at what arrived too early to matter.
 */
export function extendPast(search: PastSearch, roots: Y.ID[], visits: number): number {
  const { store, seen, stateOf, fresh, arrivalOf, searchedBack, limit = MAX_PAST_VISITS } = search;
  const work = [...roots];
  let count = visits;
  while (work.length > 0 && count <= limit) {
    const id = work.pop() as Y.ID;
    const from = seen.get(id.client) ?? 0;
    if (id.clock < from) continue;
    seen.set(id.client, id.clock + 1);
    search.onSeen?.(id.client, from, id.clock + 1);
    // The update's structs of this client from `from` up to `id`, found by their clocks.
    const run = fresh.get(id.client) ?? [];
    for (let index = indexOfClock(run, id.clock); index >= 0; index--) {
      const struct = run[index] as Struct;
      if (struct.id.clock + struct.length <= from) break;
      count += 1;
      if (struct instanceof Y.Item) work.push(...itemReferences(struct));
    }
    const known = stateOf(id.client);
    if (from >= known) continue;
    const structs = store.clients.get(id.client) ?? [];
    for (let index = Y.findIndexSS(structs, Math.min(id.clock, known - 1)); index >= 0; index--) {
      const struct = structs[index] as Y.Item | Y.GC;
      if (struct.id.clock + struct.length <= from || arrivalOf(struct.id) < searchedBack) break;
      count += 1;
      if (struct instanceof Y.Item) work.push(...itemReferences(struct));
    }
  }
  return count;
}
