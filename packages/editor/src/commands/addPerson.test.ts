import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphFromContent } from '../mapping/paragraphFromContent';
import { createSharedExtensions } from '../sharedExtensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const open = () => {
  editor = new Editor({
    extensions: createSharedExtensions(),
    content: {
      type: 'doc',
      content: [
        {
          type: 'reservation',
          attrs: { inFavourOf: '' },
          content: [{ type: 'personList', attrs: { purpose: 'reservants' } }],
        },
      ],
    },
  });
  return editor;
};

describe('addPerson', () => {
  it('appends people to the list at the given position, in order, with their role', () => {
    const e = open();
    const listPos = 1;
    expect(e.commands.addPerson(listPos, { name: 'Maria Ljuslin', party: 'V', andOthers: true })).toBe(true);
    e.commands.addPerson(listPos, { name: 'Eva Ek', party: 'S', andOthers: false, role: 'tjänstgörande ersättare' });
    const reservation = paragraphFromContent(e.getJSON()).paragraph.blocks[0];
    expect(reservation).toEqual({
      type: 'reservation',
      reservants: [
        { name: 'Maria Ljuslin', party: 'V', andOthers: true },
        { name: 'Eva Ek', party: 'S', andOthers: false, role: 'tjänstgörande ersättare' },
      ],
    });
  });

  it('refuses a position where no person list starts', () => {
    const e = open();
    expect(e.commands.addPerson(0, { name: 'X', party: 'S', andOthers: false })).toBe(false);
    expect(e.can().addPerson(99, { name: 'X', party: 'S', andOthers: false })).toBe(false);
  });
});
