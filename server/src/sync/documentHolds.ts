import * as Y from 'yjs';

/**
 * Whether `doc` already has everything `update` holds: every struct, every deletion. A browser sends what it
 * loaded from its own copy (IndexedDB) back to the server, usually all known; dropping that from a read-only
 * connection would deny a change nobody made. Costs of the order of the document, so only for rare paths.
 */
export function documentHolds(doc: Y.Doc, update: Uint8Array): boolean {
  return Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}
