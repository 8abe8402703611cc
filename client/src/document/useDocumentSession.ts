import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { DocumentSession, type DocumentSessionState, INITIAL_SESSION_STATE } from './DocumentSession';
import { websocketOrigin } from './websocketOrigin';

const noSubscription = () => () => {};

/**
 * Opens the document for as long as the calling component is mounted. Created in an effect, not during
 * render, so React's development double-mount gets two complete sessions instead of one half-destroyed one.
 */
export function useDocumentSession(
  documentId: string,
  userId: string,
): {
  session: DocumentSession | null;
  state: DocumentSessionState;
} {
  const [session, setSession] = useState<DocumentSession | null>(null);

  useEffect(() => {
    const opened = new DocumentSession(documentId, websocketOrigin(window.location), userId);
    setSession(opened);
    return () => {
      setSession(null);
      opened.destroy();
    };
  }, [documentId, userId]);

  const subscribe = useCallback((listener: () => void) => session?.subscribe(listener) ?? noSubscription(), [session]);
  const getSnapshot = useCallback(() => session?.getState() ?? INITIAL_SESSION_STATE, [session]);
  const state = useSyncExternalStore(subscribe, getSnapshot);
  return { session, state };
}
