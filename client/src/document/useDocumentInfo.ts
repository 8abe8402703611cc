import { useEffect, useState } from 'react';
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

export function useDocumentInfo(documentId: string): DocumentInfo {
  const [info, setInfo] = useState<DocumentInfo>({ kind: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    setInfo({ kind: 'loading' });
    fetchDocument(documentId, abort.signal).then(
      (document) => setInfo(document ? { kind: 'found', document } : { kind: 'not-found' }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setInfo(error instanceof ApiError && error.status === 403 ? { kind: 'forbidden' } : { kind: 'unavailable' });
      },
    );
    return () => abort.abort();
  }, [documentId]);

  return info;
}
