import { apiErrorFrom } from './ApiError';
import { type DocumentSummary, parseDocumentList, parseDocumentSummary } from './documentSummary';

const JSON_HEADERS = { Accept: 'application/json' };

export async function createDocument(title: string): Promise<DocumentSummary> {
  const response = await fetch('/api/documents', {
    method: 'POST',
    headers: { ...JSON_HEADERS, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (!response.ok) throw await apiErrorFrom(response);
  return parseDocumentSummary(await response.json());
}

export async function listDocuments(signal?: AbortSignal): Promise<DocumentSummary[]> {
  const response = await fetch('/api/documents', { headers: JSON_HEADERS, signal });
  if (!response.ok) throw await apiErrorFrom(response);
  return parseDocumentList(await response.json());
}

/** Null means the server does not know the document, which the page shows differently from a failure. */
export async function fetchDocument(documentId: string, signal?: AbortSignal): Promise<DocumentSummary | null> {
  const response = await fetch(`/api/documents/${encodeURIComponent(documentId)}`, { headers: JSON_HEADERS, signal });
  if (response.status === 404) return null;
  if (!response.ok) throw await apiErrorFrom(response);
  return parseDocumentSummary(await response.json());
}
