import { useEffect, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import type { DocumentSummary } from '../api/documentSummary';
import { listDocuments } from '../api/documentsApi';

export type DocumentListState =
  | { kind: 'loading' }
  | { kind: 'loaded'; documents: DocumentSummary[] }
  | { kind: 'failed'; message: string };

export function useDocumentList(): DocumentListState {
  const [state, setState] = useState<DocumentListState>({ kind: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    listDocuments(abort.signal).then(
      (documents) => setState({ kind: 'loaded', documents }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setState({ kind: 'failed', message: describeRequestFailure(error, 'Kunde inte hämta dokumenten.') });
      },
    );
    return () => abort.abort();
  }, []);

  return state;
}
