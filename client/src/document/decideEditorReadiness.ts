export type EditorReadiness = 'opening-local' | 'awaiting-server' | 'ready';

export interface ReadinessFacts {
  /** IndexedDB has finished loading what it holds for this document. */
  localLoaded: boolean;
  /** The document already had content once IndexedDB had loaded (from storage, the server or another tab). */
  localHadContent: boolean;
  /** The server has synced this document with us at least once since the page opened. */
  serverSyncedOnce: boolean;
  online: boolean;
}

/**
 * When may the user type? Typing into a document whose server seed has not arrived yet would create a
 * second, competing first paragraph, so an empty local copy waits for the server — unless the browser is
 * offline, where waiting would mean not being able to work at all.
 */
export function decideEditorReadiness(facts: ReadinessFacts): EditorReadiness {
  if (!facts.localLoaded) return 'opening-local';
  if (facts.localHadContent || facts.serverSyncedOnce || !facts.online) return 'ready';
  return 'awaiting-server';
}
