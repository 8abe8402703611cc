// @vitest-environment happy-dom
// Keyboard shortcuts live in plugins that Tiptap installs only with a mounted view, hence a DOM here.
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createSharedExtensions } from '../sharedExtensions';
import { additionItem, additionsEditor, endOfAddition } from './additionsTestEditor';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const item = additionItem;
const open = (...items: JSONContent[]) => {
  editor = additionsEditor(items, document.createElement('div'));
  return editor;
};
const endOfItem = endOfAddition;
const sectionContent = (e: Editor) =>
  e.state.doc.firstChild!.content.content.map((node) =>
    node.type.name === 'numberedAdditions' ? node.content.content.map((child) => child.textContent) : node.type.name,
  );

describe('additionItem keys', () => {
  it('Enter splits an addition into two', () => {
    const e = open(item('Första andra'));
    e.commands.setTextSelection(endOfItem(e, 0) - ' andra'.length);
    expect(e.commands.keyboardShortcut('Enter')).toBe(true);
    expect(sectionContent(e)).toEqual([['Första', ' andra']]);
  });

  it('Enter in an empty last addition leaves the list as a paragraph', () => {
    const e = open(item('Ett'), item(''));
    e.commands.setTextSelection(endOfItem(e, 1));
    e.commands.keyboardShortcut('Enter');
    expect(sectionContent(e)).toEqual([['Ett'], 'paragraph']);
  });

  it('Backspace in an empty addition turns it into a paragraph instead of joining it upwards', () => {
    const e = open(item('Ett'), item(''), item('Tre'));
    e.commands.setTextSelection(endOfItem(e, 1));
    e.commands.keyboardShortcut('Backspace');
    expect(sectionContent(e)).toEqual([['Ett'], 'paragraph', ['Tre']]);
  });

  it('Backspace at the start of a written addition joins it to the one above, as text editing does', () => {
    const e = open(item('Ett'), item('Två'));
    e.commands.setTextSelection(endOfItem(e, 1) - 'Två'.length);
    e.commands.keyboardShortcut('Backspace');
    expect(sectionContent(e)).toEqual([['EttTvå']]);
  });

  it('Enter in an attachment row starts a new row with an empty number', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: createSharedExtensions(),
      content: {
        type: 'doc',
        content: [
          {
            type: 'attachmentList',
            content: [
              {
                type: 'attachmentRow',
                attrs: { documentNumber: 'HL 2019/310-1', status: 'Godkänd' },
                content: [{ type: 'text', text: 'Missiv' }],
              },
            ],
          },
        ],
      },
    });
    editor.commands.setTextSelection(2 + 'Missiv'.length);
    editor.commands.keyboardShortcut('Enter');
    const rows = (editor.getJSON() as JSONContent).content![0]!.content!;
    expect(rows.map((row) => row.attrs)).toEqual([
      { documentNumber: 'HL 2019/310-1', status: 'Godkänd', date: '', revisedDate: '' },
      { documentNumber: '', status: '', date: '', revisedDate: '' },
    ]);
  });
});
