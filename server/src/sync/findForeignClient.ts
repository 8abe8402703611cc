import * as Y from 'yjs';

type Struct = Y.Item | Y.GC | Y.Skip;

/**
 * The first client id under which `writer` sends structs the document does not have yet although the id belongs
 * to someone else, or null.
 *
 * A Yjs client id names one replica's clock: every replica assumes that whatever it holds under an id and clock
 * is what everyone holds. A writer that sends new structs under another person's id (it sees their ids in the
 * document and in presence) makes the server store content under ids and clocks that person's own editor is using
 * for different, not yet sent content: Yjs then keeps both versions unseen, the person's own edits are dropped as
 * duplicates, and the replicas never agree again. Ids are owned by whoever first wrote under them or showed them in
 * presence (see SharedDocument); `reserved` is the server's own id. Structs already in the document are resends
 * Yjs skips, so anyone may send them.
 */
export function findForeignClient(
  doc: Y.Doc,
  structs: readonly Struct[],
  owners: ReadonlyMap<number, string>,
  writer: string,
): number | null {
  for (const struct of structs) {
    const { client, clock } = struct.id;
    if (clock + struct.length <= Y.getState(doc.store, client)) continue;
    if (client === doc.clientID) return client;
    const owner = owners.get(client);
    if (owner !== undefined && owner !== writer) return client;
  }
  return null;
}
