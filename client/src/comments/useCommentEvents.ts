import { useEffect } from 'react';
import type { CommentsStore } from './CommentsStore';
import { commentEventsUrl, fetchThreads, parseThreads } from './commentsApi';

/**
 * Keeps the store's threads live: the events stream sends every thread at once and again after each change.
 * One plain fetch as well, in case the stream is slow to open; once the stream has spoken it wins.
 */
export function useCommentEvents(documentId: string, store: CommentsStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    let streamed = false;
    fetchThreads(documentId, abort.signal).then(
      (threads) => {
        if (!streamed && !abort.signal.aborted) store.setThreads(threads);
      },
      () => {},
    );
    const events = new EventSource(commentEventsUrl(documentId));
    events.addEventListener('threads', (event) => {
      try {
        store.setThreads(parseThreads(JSON.parse((event as MessageEvent<string>).data)));
        streamed = true;
      } catch {
        // A malformed event is skipped; the next one replaces everything anyway.
      }
    });
    return () => {
      abort.abort();
      events.close();
    };
  }, [documentId, store, enabled]);
}

/** After a change of one's own, when the stream may not be open: reads the threads again. */
export async function refreshThreads(documentId: string, store: CommentsStore): Promise<void> {
  store.setThreads(await fetchThreads(documentId));
}
