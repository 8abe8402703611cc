import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/ApiError';
import type { DocumentDetails } from '../api/documentSummary';
import { fetchDocument } from '../api/documentsApi';

export type DocumentInfo =
  | { kind: 'loading' }
  | { kind: 'found'; document: DocumentDetails }
  | { kind: 'not-found' }
  /** The caller may not read it (403). A 401 never lands here: the API layer signs the app out. */
  | { kind: 'forbidden' }
  /** Typically offline: the document may still be fully usable from IndexedDB. */
  | { kind: 'unavailable' };

/**
 * The document's details and the account's access to it. Asked again whenever `refresh` changes (a new
 * connection, a change the server denied): what the account may do can change while the page is open. A
 * refresh keeps what is shown until the answer comes, and a failed one (offline) keeps the last answer.
 */
export function useDocumentInfo(documentId: string, refresh = 0): DocumentInfo {
  const [info, setInfo] = useState<DocumentInfo>({ kind: 'loading' });
  const shownFor = useRef<string | undefined>(undefined);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` only says when to ask again.
  useEffect(() => {
    const abort = new AbortController();
    const first = shownFor.current !== documentId;
    shownFor.current = documentId;
    if (first) setInfo({ kind: 'loading' });
    fetchDocument(documentId, abort.signal).then(
      (document) => setInfo(document ? { kind: 'found', document } : { kind: 'not-found' }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && error.status === 403) setInfo({ kind: 'forbidden' });
        else if (first) setInfo({ kind: 'unavailable' });
      },
    );
    return () => abort.abort();
  }, [documentId, refresh]);

  return info;
}
