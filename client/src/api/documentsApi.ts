import { ApiError } from './ApiError';
import {
  type DocumentDetails,
  type DocumentKind,
  type DocumentSummary,
  parseDocumentDetails,
  parseDocumentList,
  parseDocumentSummary,
} from './documentSummary';
import { apiJson } from './http';

export async function createDocument(title: string, kind: DocumentKind): Promise<DocumentSummary> {
  return parseDocumentSummary(await apiJson('/api/documents', { method: 'POST', body: { title, kind } }));
}

export async function listDocuments(signal?: AbortSignal): Promise<DocumentSummary[]> {
  return parseDocumentList(await apiJson('/api/documents', { signal }));
}

/**
 * Null means the server does not know the document, which the page shows differently from a failure. A 403
 * (the caller may not read it) is thrown as an ApiError with status 403.
 */
export async function fetchDocument(documentId: string, signal?: AbortSignal): Promise<DocumentDetails | null> {
  try {
    return parseDocumentDetails(await apiJson(`/api/documents/${encodeURIComponent(documentId)}`, { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
