import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSharedExtensions } from '../sharedExtensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const item = (text: string): JSONContent => ({
  type: 'additionItem',
  content: [text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }],
});
const open = (...items: JSONContent[]) => {
  editor = new Editor({
    extensions: createSharedExtensions(),
    content: {
      type: 'doc',
      content: [
        {
          type: 'protocolSection',
          attrs: { sectionId: 'beslut' },
          content: [{ type: 'numberedAdditions', content: items }],
        },
      ],
    },
  });
  return editor;
};
/** Position at the end of the text of the `index`th addition. */
const endOfItem = (e: Editor, index: number) => {
  const list = e.state.doc.firstChild!.firstChild!;
  let pos = 2; // into section, into list
  for (let i = 0; i < index; i += 1) pos += list.child(i).nodeSize;
  return pos + 2 + list.child(index).firstChild!.content.size; // into item, into paragraph
};
const additions = (e: Editor) => {
  return e.state.doc.firstChild!.firstChild!.content.content.map((child) => child.textContent);
};
describe('addAdditionItem', () => {
  it('adds an empty addition after the one holding the cursor, and moves the cursor there', () => {
    const e = open(item('Ett'), item('Tre'));
    e.commands.setTextSelection(endOfItem(e, 0));
    expect(e.commands.addAdditionItem()).toBe(true);
    e.view.dispatch(e.state.tr.insertText('Två'));
    expect(additions(e)).toEqual(['Ett', 'Två', 'Tre']);
  });

  it('appends to the list at a given position, and refuses a position that holds no list', () => {
    const e = open(item('Ett'));
    expect(e.commands.addAdditionItem(1)).toBe(true);
    expect(additions(e)).toEqual(['Ett', '']);
    expect(e.commands.addAdditionItem(0)).toBe(false);
  });

  it('refuses when the cursor is in no list', () => {
    editor = new Editor({
      extensions: createSharedExtensions(),
      content: { type: 'doc', content: [{ type: 'paragraph' }, { type: 'numberedAdditions', content: [item('Ett')] }] },
    });
    editor.commands.setTextSelection(1);
    expect(editor.can().addAdditionItem()).toBe(false);
  });
});
