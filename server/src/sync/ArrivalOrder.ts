import type * as Y from 'yjs';

/**
 * The order in which a document's structs arrived, by transaction: a struct's references always arrived before
 * it (Yjs integrates nothing before what it refers to), so arrival is a topological order of the causal history.
 * findMisplacedItem uses it to search only the part of an item's past that is recent enough to hold what it asks
 * about, not the whole document. Kept per client as runs of clocks, one entry per transaction that wrote them.
 */
export class ArrivalOrder {
  private readonly starts = new Map<number, number[]>();
  private readonly arrivals = new Map<number, number[]>();
  private readonly ends = new Map<number, number>();
  private next = 0;

  constructor(doc: Y.Doc) {
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      const arrival = this.next++;
      for (const [client, clock] of transaction.afterState) {
        const before = transaction.beforeState.get(client) ?? 0;
        if (clock <= before) continue;
        this.ends.set(client, clock);
        let starts = this.starts.get(client);
        let arrivals = this.arrivals.get(client);
        if (!starts || !arrivals) {
          starts = [];
          arrivals = [];
          this.starts.set(client, starts);
          this.arrivals.set(client, arrivals);
        }
        starts.push(before);
        arrivals.push(arrival);
      }
    });
  }

  /** When the struct holding `id` arrived; Infinity for one the document does not have. */
  readonly of = (id: Y.ID): number => {
    const starts = this.starts.get(id.client);
    const arrivals = this.arrivals.get(id.client);
    const end = this.ends.get(id.client) ?? 0;
    if (!starts || !arrivals || starts.length === 0 || (starts[0] as number) > id.clock || id.clock >= end) {
      return Number.POSITIVE_INFINITY;
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= id.clock) low = middle;
      else high = middle - 1;
    }
    return arrivals[low] as number;
  };
}
