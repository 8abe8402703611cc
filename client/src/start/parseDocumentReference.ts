import { isValidDocumentId } from '@yttra/protocol';

const DOCUMENT_PATH = /\/d\/([^/?#\s]+)/;

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Accepts what people actually paste: a bare id, a full link to a document (any host, with or without
 * query string or fragment), or just its path. Returns the document id, or null if none can be found.
 */
export function parseDocumentReference(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const fromPath = DOCUMENT_PATH.exec(trimmed)?.[1];
  const candidate = fromPath === undefined ? trimmed : decodeSegment(fromPath);
  return candidate !== null && isValidDocumentId(candidate) ? candidate : null;
}
