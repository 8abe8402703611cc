import * as Y from 'yjs';

/** A writer's document with a chosen client id, optionally starting from what `from` holds. */
export function replica(clientID: number, from?: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  if (from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(from));
  return doc;
}
