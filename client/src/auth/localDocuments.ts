/** Prefix of the IndexedDB databases that hold documents for offline use (see document/DocumentSession). */
export const LOCAL_DOCUMENT_PREFIX = 'yttra-';

/**
 * The IndexedDB database of one document for one account. Per account, so that a confidential draft kept for
 * one user never opens from the local copy for the next user of the same browser before the server refuses.
 */
export function localDocumentName(userId: string, documentId: string): string {
  return `${LOCAL_DOCUMENT_PREFIX}${encodeURIComponent(userId)}-${documentId}`;
}

/** The local document copies among the browser's databases. */
export function localDocumentDatabases(names: readonly (string | undefined)[]): string[] {
  return names.filter((name): name is string => name?.startsWith(LOCAL_DOCUMENT_PREFIX) === true);
}

/**
 * Deletes every document copy kept in this browser. Runs after the document pages have closed (signing out
 * unmounts them); a database still open elsewhere is deleted as soon as it closes.
 */
export async function clearLocalDocuments(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  try {
    const databases = await indexedDB.databases();
    for (const name of localDocumentDatabases(databases.map((database) => database.name))) {
      indexedDB.deleteDatabase(name);
    }
  } catch {
    // Storage refused (private mode, quota): there is nothing we can remove.
  }
}
