import * as Y from 'yjs';

/** What `change` sends from `doc`, as the server decodes it. */
export function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const before = Y.encodeStateVector(doc);
  change();
  return Y.encodeStateAsUpdate(doc, before);
}
