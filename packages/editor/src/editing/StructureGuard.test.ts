// @vitest-environment happy-dom
// Keyboard shortcuts and text input live in plugins that Tiptap installs only with a mounted view.

import { Editor, type JSONContent } from '@tiptap/core';
import { AllSelection, NodeSelection, TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { createSharedExtensions } from '../sharedExtensions';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const text = (value: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const item = (value: string): JSONContent => ({ type: 'additionItem', content: [text(value)] });
const proposer = { type: 'person', attrs: { name: 'Anna Ek', party: 'M', andOthers: false, role: '' } };

function proposalDraft(...content: JSONContent[]): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: createSharedExtensions({ shape: 'proposal' }),
    content: {
      type: 'doc',
      content: [
        {
          type: 'proposal',
          attrs: { proposalId: 'p1', kind: 'own' },
          content: [{ type: 'personList', attrs: { purpose: 'proposers' }, content: [proposer] }, ...content],
        },
      ],
    },
  });
  return editor;
}

function reservationDraft(...content: JSONContent[]): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    extensions: createSharedExtensions({ shape: 'reservation' }),
    content: {
      type: 'doc',
      content: [
        {
          type: 'reservation',
          content: [{ type: 'personList', attrs: { purpose: 'reservants' }, content: [proposer] }, ...content],
        },
      ],
    },
  });
  return editor;
}

/** The position just inside the start of the first textblock whose text is `value`. */
function startOf(e: Editor, value: string): number {
  let found = -1;
  e.state.doc.descendants((node, pos) => {
    if (found === -1 && node.isTextblock && node.textContent === value) found = pos + 1;
    return found === -1;
  });
  return found;
}

/** The document's nodes by type, without its text. */
const shape = (e: Editor) => {
  const types: string[] = [];
  e.state.doc.descendants((node, pos) => {
    if (!node.isText) types.push(`${e.state.doc.resolve(pos).depth}:${node.type.name}`);
  });
  return types.join(' ');
};

describe('structure no selection takes with it', () => {
  it('keeps the proposer list when a selection from it into the text is deleted, deleting only the text', () => {
    const e = proposalDraft(text('Första stycket.'), text('Andra.'));
    // From the start of the proposal (before the person list) into the first paragraph.
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, 1, startOf(e, 'Första stycket.') + 6)));
    e.commands.keyboardShortcut('Backspace');
    const json = e.getJSON();
    expect(json.content?.[0]?.content?.[0]).toMatchObject({ type: 'personList', content: [proposer] });
    expect(e.state.doc.textContent).toBe(' stycket.Andra.');
  });

  it('deletes a whole additions list selected from the paragraph above without turning an item into a paragraph', () => {
    const e = proposalDraft(text('Inledning.'), { type: 'numberedAdditions', content: [item('Ett.'), item('Två.')] });
    const before = shape(e);
    const from = startOf(e, 'Inledning.') + 'Inledning.'.length;
    const to = startOf(e, 'Två.') + 'Två.'.length;
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, from, to)));
    e.commands.keyboardShortcut('Backspace');
    expect(shape(e)).toBe(before);
    expect(e.state.doc.textContent).toBe('Inledning.');
  });

  it('types over select-all into the first text, keeping every block and the people', () => {
    const e = proposalDraft(text('Ett.'), { type: 'numberedAdditions', content: [item('Två.')] });
    e.view.dispatch(e.state.tr.setSelection(new AllSelection(e.state.doc)));
    const { from, to } = e.state.selection;
    e.view.someProp('handleTextInput', (f) => f(e.view, from, to, 'X', () => e.state.tr.insertText('X', from, to)));
    expect(e.state.doc.textContent).toBe('X');
    expect(e.getJSON().content?.[0]?.content?.[0]).toMatchObject({ type: 'personList', content: [proposer] });
  });

  it('refuses any other local change that would remove the person list', () => {
    const e = proposalDraft(text('Ett.'));
    const list = e.state.doc.firstChild!.firstChild!;
    e.view.dispatch(e.state.tr.delete(1, 1 + list.nodeSize));
    expect(e.getJSON().content?.[0]?.content?.[0]?.type).toBe('personList');
  });
});

describe('a selected draft block', () => {
  it('is never replaced by an empty block of the schema’s defaults (no paragraph, proposers for reservants)', () => {
    // Deleting a selected draft block fills the document with a default reservation: the fuzz's seed 20261208.
    const e = reservationDraft(text('Skäl.'));
    const before = e.getJSON();
    e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, 0)).deleteSelection());
    expect(e.getJSON()).toEqual(before);
  });

  it('becomes a caret in its first text, where Enter and typing work', () => {
    const e = reservationDraft(text('Ett.'), text('Två.'));
    e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, 0)));
    expect(e.state.selection).toBeInstanceOf(TextSelection);
    expect(e.state.selection.from).toBe(startOf(e, 'Ett.'));
    e.commands.setTextSelection(startOf(e, 'Två.') + 'Två.'.length);
    e.commands.keyboardShortcut('Enter');
    e.commands.insertContent('Tre.');
    const block = e.state.doc.firstChild!;
    expect(shape(e)).toBe('0:reservation 1:personList 2:person 1:paragraph 1:paragraph 1:paragraph');
    expect(block.lastChild?.textContent).toBe('Tre.');
    expect(block.firstChild?.attrs.purpose).toBe('reservants');
  });
});

describe('the text a block is written in', () => {
  it('is never deleted by Delete or Backspace when it is the block’s only, empty text', () => {
    const e = proposalDraft({ type: 'paragraph' });
    e.commands.setTextSelection(startOf(e, ''));
    expect(e.commands.keyboardShortcut('Delete')).toBe(true);
    expect(e.commands.keyboardShortcut('Backspace')).toBe(true);
    expect(e.state.doc.firstChild?.lastChild?.type.name).toBe('paragraph');
    expect(e.state.selection.$from.parent.isTextblock).toBe(true);
  });
});

describe('removing inserted blocks', () => {
  it('removes an inserted additions list by command and keyboard, but never the draft itself', () => {
    const e = proposalDraft(text('Ett.'), { type: 'numberedAdditions', content: [item('Två.')] });
    e.commands.setTextSelection(startOf(e, 'Två.'));
    expect(e.commands.keyboardShortcut('Mod-Shift-Backspace')).toBe(true);
    expect(e.state.doc.textContent).toBe('Ett.');
    e.commands.setTextSelection(startOf(e, 'Ett.'));
    expect(e.commands.removeBlock()).toBe(false);
    expect(e.commands.removeBlock(0)).toBe(false);
    expect(e.state.doc.firstChild?.type.name).toBe('proposal');
  });

  it('leaves an empty paragraph with the caret in it when the removed block held the draft’s only text', () => {
    const e = proposalDraft({ type: 'numberedAdditions', content: [item('Ett.'), item('Två.')] });
    e.commands.setTextSelection(startOf(e, 'Två.'));
    expect(e.commands.keyboardShortcut('Mod-Shift-Backspace')).toBe(true);
    const proposal = e.state.doc.firstChild;
    expect(proposal?.content.content.map((node) => node.type.name)).toEqual(['personList', 'paragraph']);
    expect(e.state.selection.$from.parent.type.name).toBe('paragraph');
    e.commands.insertContent('Nytt.');
    expect(e.state.doc.textContent).toBe('Nytt.');
  });
});

describe('the caret', () => {
  it('is moved into text when a change leaves it between blocks', () => {
    const e = proposalDraft(text('Ett.'));
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, 1)));
    expect(e.state.selection.$from.parent.isTextblock).toBe(true);
  });
});

describe('a draft schema', () => {
  it('holds no paragraph blocks: inserting a beslutsgång or a header is refused', () => {
    const e = proposalDraft(text('Ett.'));
    e.commands.setTextSelection(startOf(e, 'Ett.'));
    expect(e.commands.insertProtocolBlock('decisionProcedure')).toBe(false);
    e.commands.insertContent({ type: 'protocolHeader' });
    expect(JSON.stringify(e.getJSON())).not.toContain('protocolHeader');
  });
});
