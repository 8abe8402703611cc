/**
 * A suggestion id no other replica will pick. prosemirror-suggest-changes numbers suggestions by the highest id in
 * the document, so two people suggesting at once would both take the same number and their suggestions would merge
 * (and be accepted or rejected together). Random 64 bits make a collision practically impossible.
 */
export function newSuggestionId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `s${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
