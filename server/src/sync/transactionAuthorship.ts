import type * as Y from 'yjs';
import type { AuthorshipRange } from '../storage/DocumentStore';

/**
 * What one transaction inserted (the clocks each client advanced by) and deleted (its delete set), attributed to
 * `userId`. Read from the transaction Yjs just ran, so nothing is decoded again. Attribution is by the sender,
 * not by the client id in the structs: a connection that writes under someone else's client id is still named.
 */
export function transactionAuthorship(transaction: Y.Transaction, userId: string): AuthorshipRange[] {
  const ranges: AuthorshipRange[] = [];
  for (const [client, clockEnd] of transaction.afterState) {
    const clock = transaction.beforeState.get(client) ?? 0;
    if (clockEnd > clock) ranges.push({ kind: 'insert', client, clock, clockEnd, userId });
  }
  for (const [client, deleted] of transaction.deleteSet.clients) {
    for (const item of deleted) {
      ranges.push({ kind: 'delete', client, clock: item.clock, clockEnd: item.clock + item.len, userId });
    }
  }
  return ranges;
}
