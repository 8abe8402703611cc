import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSharedExtensions } from '../sharedExtensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const row = (documentNumber: string, title: string): JSONContent => ({
  type: 'attachmentRow',
  attrs: { documentNumber, status: '' },
  content: [{ type: 'text', text: title }],
});
const open = () => {
  editor = new Editor({
    extensions: createSharedExtensions(),
    content: {
      type: 'doc',
      content: [
        { type: 'attachmentList', content: [row('HL 2019/310-1', 'Missiv'), row('HL 2019/310-2', 'Utlåtande')] },
      ],
    },
  });
  return editor;
};
const rows = (e: Editor) =>
  (e.getJSON() as JSONContent).content![0]!.content!.map((node) => [
    node.attrs?.documentNumber,
    node.content?.[0]?.text ?? '',
  ]);

describe('addAttachmentRow', () => {
  it('adds a row after the one holding the cursor, filled as asked, with the cursor at its title', () => {
    const e = open();
    e.commands.setTextSelection(3);
    expect(e.commands.addAttachmentRow(undefined, { documentNumber: 'HL 2019/310-1.1', title: 'Underlag' })).toBe(true);
    e.view.dispatch(e.state.tr.insertText(' 2'));
    expect(rows(e)).toEqual([
      ['HL 2019/310-1', 'Missiv'],
      ['HL 2019/310-1.1', 'Underlag 2'],
      ['HL 2019/310-2', 'Utlåtande'],
    ]);
  });

  it('appends an empty row to the list at a given position, and refuses other positions', () => {
    const e = open();
    expect(e.commands.addAttachmentRow(0)).toBe(true);
    expect(rows(e).at(-1)).toEqual(['', '']);
    expect(e.commands.addAttachmentRow(1)).toBe(false);
  });
});
