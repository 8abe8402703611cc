/** Document ids travel in URLs and storage keys, so they are kept to a URL-safe alphabet. */
export const DOCUMENT_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

export function isValidDocumentId(candidate: string): boolean {
  return DOCUMENT_ID_PATTERN.test(candidate);
}
