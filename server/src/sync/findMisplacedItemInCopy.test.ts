import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ArrivalOrder } from './ArrivalOrder';
import { findMisplacedItem } from './findMisplacedItem';
import { findMisplacedItemInCopy } from './findMisplacedItemInCopy';
import { findUpdateRefusal } from './findUpdateRefusal';
import { encodeEditable } from './testing/encodeEditable';
import { lostLetterThenTyping } from './testing/lostLetterThenTyping';
import { replica } from './testing/replica';
import { updateOf } from './testing/updateOf';

/** The document as the server holds it after a restart: the stored state, loaded in one transaction. */
function restarted(server: Y.Doc): { doc: Y.Doc; arrival: ArrivalOrder } {
  const doc = new Y.Doc();
  const arrival = new ArrivalOrder(doc);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  return { doc, arrival };
}

describe('findMisplacedItemInCopy', () => {
  it('accepts a run whose first letter the server lost, typed next to a concurrent insertion', () => {
    const { server, writer, resent } = lostLetterThenTyping();
    const { doc, arrival } = restarted(server);
    const decoded = Y.decodeUpdate(resent);
    // The quick check gives both letters the gap of the first one, L to R, and so refuses "y".
    expect(findMisplacedItem(doc, decoded.structs, arrival.of)).toBe('item leaves the gap its left neighbour is in');
    expect(findMisplacedItemInCopy(doc, resent, decoded.structs)).toBeNull();
    expect(findUpdateRefusal(doc, resent, decoded, arrival.of)).toBeNull();
    Y.applyUpdate(doc, resent);
    expect(doc.getText('t').toString()).toBe(writer.getText('t').toString());
  });

  it('accepts it without a restart too, and a resend of it changes nothing', () => {
    const { server, resent } = lostLetterThenTyping();
    expect(findUpdateRefusal(server, resent, Y.decodeUpdate(resent))).toBeNull();
    Y.applyUpdate(server, resent);
    expect(findUpdateRefusal(server, resent, Y.decodeUpdate(resent))).toBeNull();
  });

  it('accepts a long offline run appended where others appended thousands of paragraphs meanwhile', () => {
    const base = replica(1);
    base.getXmlFragment('default').insert(0, [new Y.XmlElement('paragraph')]);
    const server = replica(9, base);
    const offline = replica(100, base);
    const others = [replica(200, base), replica(300, base)];
    const append = (doc: Y.Doc, count: number) => {
      const fragment = doc.getXmlFragment('default');
      for (let index = 0; index < count; index++) {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(`${doc.clientID}-${index}`)]);
        fragment.insert(fragment.length, [paragraph]);
      }
    };
    const before = Y.encodeStateVector(offline);
    append(offline, 300);
    for (const other of others) {
      append(other, 1_300);
      Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    }
    const resent = Y.encodeStateAsUpdate(offline, before);
    const decoded = Y.decodeUpdate(resent);
    // 2,600 paragraphs stand between the offline writer's first one and the end: more than the quick check walks.
    expect(findMisplacedItem(server, decoded.structs)).toBe('item neighbours too far apart');
    expect(findUpdateRefusal(server, resent, decoded)).toBeNull();
  });

  it('refuses the same run when its second letter claims a right neighbour left of its first one', () => {
    const { server, resent } = lostLetterThenTyping();
    const { structs } = Y.decodeUpdate(resent);
    const y = structs.find((struct) => struct.id.client === 100 && struct.id.clock === 1) as Y.Item;
    y.rightOrigin = new Y.ID(1, 0);
    const hostile = encodeEditable({ structs, deletes: [] });
    const decoded = Y.decodeUpdate(hostile);
    expect(findMisplacedItem(server, decoded.structs)).toBe('item leaves the gap its left neighbour is in');
    const reason = 'item right neighbour is not right of its left neighbour';
    expect(findMisplacedItemInCopy(server, hostile, decoded.structs)).toBe(reason);
    expect(findUpdateRefusal(server, hostile, decoded)).toEqual({ reason, missing: false });
  });

  it('confirms the refusals of the quick check for items placed where their author could not have typed them', () => {
    const author = replica(1);
    author.getText('t').insert(0, 'abc');
    author.getText('u').insert(0, 'uv');
    const server = replica(9, author);
    const lies: Array<[string, (item: Y.Item) => void]> = [
      ['item skips content its author had seen', (item) => (item.rightOrigin = new Y.ID(1, 2))],
      ['item skips content its author had seen', (item) => (item.origin = null)],
      [
        'item right neighbour is not right of its left neighbour',
        (item) => {
          item.origin = new Y.ID(1, 2);
          item.rightOrigin = new Y.ID(1, 0);
        },
      ],
      ['item neighbours are in different lists', (item) => (item.rightOrigin = new Y.ID(1, 4))],
    ];
    for (const [reason, lie] of lies) {
      const writer = replica(2, author);
      const { structs } = Y.decodeUpdate(updateOf(writer, () => writer.getText('t').insert(1, 'X')));
      lie(structs[0] as Y.Item);
      const hostile = encodeEditable({ structs, deletes: [] });
      const decoded = Y.decodeUpdate(hostile);
      expect(findMisplacedItem(server, decoded.structs)).not.toBeNull();
      expect(findMisplacedItemInCopy(server, hostile, decoded.structs)).toBe(reason);
    }
  });
});
