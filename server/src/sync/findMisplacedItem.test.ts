import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findMisplacedItem } from './findMisplacedItem';
import { findUpdateRefusal } from './findUpdateRefusal';
import { replica } from './testing/replica';
import { updateOf } from './testing/updateOf';

const itemsOf = (update: Uint8Array) => Y.decodeUpdate(update).structs as Y.Item[];

/** A server document holding "abc" in one run of client 1, and a writer (client 2) that has it too. */
function abc(): { server: Y.Doc; writer: Y.Doc } {
  const author = replica(1);
  author.getText('t').insert(0, 'abc');
  return { server: replica(9, author), writer: replica(2, author) };
}

describe('findMisplacedItem', () => {
  it('accepts insertions made concurrently at one spot, in either order, and the replicas agree', () => {
    const { server, writer } = abc();
    const other = replica(3, server);
    const first = updateOf(writer, () => writer.getText('t').insert(1, 'X'));
    const second = updateOf(other, () => other.getText('t').insert(1, 'Y'));
    const reversed = replica(8, server);
    for (const [doc, order] of [
      [server, [first, second]],
      [reversed, [second, first]],
    ] as const) {
      for (const update of order) {
        expect(findMisplacedItem(doc, itemsOf(update))).toBeNull();
        Y.applyUpdate(doc, update);
      }
    }
    expect(server.getText('t').toString()).toBe(reversed.getText('t').toString());
  });

  it('accepts typing at the end of a run that grew on the server meanwhile (a concurrent append)', () => {
    const { server, writer } = abc();
    const author = replica(1, server);
    // Client 1 appends "d": the server merges it into client 1's run "abcd".
    Y.applyUpdate(
      server,
      updateOf(author, () => author.getText('t').insert(3, 'd')),
    );
    const typed = updateOf(writer, () => writer.getText('t').insert(3, 'Z'));
    expect(itemsOf(typed)[0]?.origin).toEqual(new Y.ID(1, 2));
    expect(findMisplacedItem(server, itemsOf(typed))).toBeNull();
  });

  it('accepts offline edits sent in one update: new items next to each other in one gap', () => {
    const { server, writer } = abc();
    const offline = updateOf(writer, () => {
      writer.getText('t').insert(1, 'x');
      writer.getText('t').insert(2, 'y');
      writer.getText('t').insert(1, 'w');
      writer.getText('t').insert(6, '!');
    });
    expect(findUpdateRefusal(server, offline, Y.decodeUpdate(offline))).toBeNull();
    Y.applyUpdate(server, offline);
    expect(server.getText('t').toString()).toBe(writer.getText('t').toString());
  });

  it('refuses an item whose neighbours have content between them that its author had seen', () => {
    const { server, writer } = abc();
    const update = updateOf(writer, () => writer.getText('t').insert(1, 'X'));
    const [item] = itemsOf(update) as [Y.Item];
    // Between "a" and "c" stands "b", which anyone who knows "c" (client 1, clock 2) has seen.
    item.rightOrigin = new Y.ID(1, 2);
    expect(findMisplacedItem(server, [item])).toBe('item skips content its author had seen');
  });

  it('refuses an item that claims the start of a list it had seen content at', () => {
    const { server, writer } = abc();
    const [item] = itemsOf(updateOf(writer, () => writer.getText('t').insert(2, 'X'))) as [Y.Item];
    item.origin = null;
    expect(findMisplacedItem(server, [item])).toBe('item skips content its author had seen');
  });

  it('refuses a right neighbour that stands left of the left one', () => {
    const { server, writer } = abc();
    const [item] = itemsOf(updateOf(writer, () => writer.getText('t').insert(1, 'X'))) as [Y.Item];
    item.origin = new Y.ID(1, 2);
    item.rightOrigin = new Y.ID(1, 0);
    expect(findMisplacedItem(server, [item])).toBe('item right neighbour is not right of its left neighbour');
    // Inside one run too.
    item.origin = new Y.ID(1, 1);
    expect(findMisplacedItem(server, [item])).toBe('item right neighbour is left of its left neighbour');
  });

  it('refuses neighbours in two different lists', () => {
    const { server, writer } = abc();
    const author = replica(4, server);
    Y.applyUpdate(
      server,
      updateOf(author, () => author.getText('u').insert(0, 'uv')),
    );
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(server));
    const [item] = itemsOf(updateOf(writer, () => writer.getText('t').insert(1, 'X'))) as [Y.Item];
    item.rightOrigin = new Y.ID(4, 1);
    expect(findMisplacedItem(server, [item])).toBe('item neighbours are in different lists');
  });

  it('refuses a run of new items of which one leaves the gap the run was typed into', () => {
    const { server, writer } = abc();
    const items = itemsOf(
      updateOf(writer, () => {
        writer.getText('t').insert(1, 'x');
        writer.getText('t').insert(1, 'y');
      }),
    );
    expect(findMisplacedItem(server, items)).toBeNull();
    // "y" was typed left of "x", in the gap between "a" and "b"; it now claims to follow "b" instead.
    const [, y] = items as [Y.Item, Y.Item];
    expect(y.rightOrigin).toEqual(new Y.ID(2, 0));
    y.origin = new Y.ID(1, 1);
    expect(findMisplacedItem(server, items)).toBe('item leaves the gap its right neighbour is in');
  });
});
