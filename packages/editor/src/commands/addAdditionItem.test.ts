import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { additionItem, additionsEditor, endOfAddition } from '../nodes/additionsTestEditor';
import { createSharedExtensions } from '../sharedExtensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const item = additionItem;
const open = (...items: JSONContent[]) => {
  editor = additionsEditor(items);
  return editor;
};
const endOfItem = endOfAddition;
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
