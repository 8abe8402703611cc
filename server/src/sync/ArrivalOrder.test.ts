import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ArrivalOrder } from './ArrivalOrder';
import { findMisplacedItem } from './findMisplacedItem';

describe('ArrivalOrder', () => {
  it('numbers structs by the transaction that brought them, and knows nothing of structs not there', () => {
    const doc = new Y.Doc();
    const arrival = new ArrivalOrder(doc);
    const text = doc.getText('t');
    text.insert(0, 'abc');
    text.insert(3, 'de');
    const other = new Y.Doc();
    other.clientID = doc.clientID + 1;
    other.getText('t').insert(0, 'x');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const { clientID } = doc;
    expect(arrival.of(new Y.ID(clientID, 0))).toBe(arrival.of(new Y.ID(clientID, 2)));
    expect(arrival.of(new Y.ID(clientID, 3))).toBeGreaterThan(arrival.of(new Y.ID(clientID, 2)));
    expect(arrival.of(new Y.ID(other.clientID, 0))).toBeGreaterThan(arrival.of(new Y.ID(clientID, 4)));
    expect(arrival.of(new Y.ID(clientID, 5))).toBe(Number.POSITIVE_INFINITY);
    expect(arrival.of(new Y.ID(4711, 0))).toBe(Number.POSITIVE_INFINITY);
  });

  it('leaves the answers of findMisplacedItem as they are', () => {
    const server = new Y.Doc();
    const arrival = new ArrivalOrder(server);
    const writers = [1, 2, 3].map((clientID) => {
      const doc = new Y.Doc();
      doc.clientID = clientID;
      return doc;
    });
    // Interleaved typing, so the past of a late item reaches far back.
    for (let round = 0; round < 30; round++) {
      for (const writer of writers) {
        Y.applyUpdate(writer, Y.encodeStateAsUpdate(server, Y.encodeStateVector(writer)));
        const before = Y.encodeStateVector(writer);
        writer.getText('t').insert((round * 7) % (writer.getText('t').length + 1), `${round}`);
        Y.applyUpdate(server, Y.encodeStateAsUpdate(writer, before));
      }
    }
    const stale = writers[0] as Y.Doc;
    const fresh = writers[1] as Y.Doc;
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(server, Y.encodeStateVector(fresh)));
    const freshBefore = Y.encodeStateVector(fresh);
    fresh.getText('t').insert(5, 'NY');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(fresh, freshBefore));
    const staleBefore = Y.encodeStateVector(stale);
    stale.getText('t').insert(5, 'samtidigt');
    const concurrent = Y.decodeUpdate(Y.encodeStateAsUpdate(stale, staleBefore)).structs;
    expect(findMisplacedItem(server, concurrent, arrival.of)).toBeNull();
    expect(findMisplacedItem(server, concurrent)).toBeNull();
    // The same item, claiming a right neighbour beyond something its own author wrote earlier.
    const [item] = concurrent as [Y.Item];
    let next = (Y.getItem(server.store, item.origin as Y.ID) as Y.Item).right;
    while (next && next.id.client !== 1) next = next.right;
    const beyond = next?.right;
    if (!beyond) throw new Error('no earlier writing of the stale author right of the spot');
    item.rightOrigin = beyond.id;
    expect(findMisplacedItem(server, concurrent)).toBe('item skips content its author had seen');
    expect(findMisplacedItem(server, concurrent, arrival.of)).toBe('item skips content its author had seen');
  });
});
