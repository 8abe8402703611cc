import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../api/documentSummary';
import { fetchDocument } from '../api/documentsApi';

export type DocumentInfo =
  | { kind: 'loading' }
  | { kind: 'found'; document: DocumentSummary }
  | { kind: 'not-found' }
  /** Typically offline: the document may still be fully usable from IndexedDB. */
  | { kind: 'unavailable' };

export function useDocumentInfo(documentId: string): DocumentInfo {
  const [info, setInfo] = useState<DocumentInfo>({ kind: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    setInfo({ kind: 'loading' });
    fetchDocument(documentId, abort.signal).then(
      (document) => setInfo(document ? { kind: 'found', document } : { kind: 'not-found' }),
      () => {
        if (!abort.signal.aborted) setInfo({ kind: 'unavailable' });
      },
    );
    return () => abort.abort();
  }, [documentId]);

  return info;
}
