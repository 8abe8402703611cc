import { ApiError } from './ApiError';
import { api } from './appClient';
import {
  type DocumentDetails,
  type DocumentKind,
  type DocumentSummary,
  parseDocumentDetails,
  parseDocumentList,
  parseDocumentSummary,
} from './documentSummary';

export async function createDocument(title: string, kind: DocumentKind): Promise<DocumentSummary> {
  const response = await api.documents.$post({ json: { title, kind } });
  return parseDocumentSummary(await response.json());
}

export async function listDocuments(signal?: AbortSignal): Promise<DocumentSummary[]> {
  const response = await api.documents.$get({ query: {} }, { init: { signal } });
  return parseDocumentList(await response.json());
}

/**
 * Null means the server does not know the document, which the page shows differently from a failure. A 403
 * (the caller may not read it) is thrown as an ApiError with status 403.
 */
export async function fetchDocument(documentId: string, signal?: AbortSignal): Promise<DocumentDetails | null> {
  try {
    const response = await api.documents[':documentId'].$get({ param: { documentId } }, { init: { signal } });
    return parseDocumentDetails(await response.json());
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
