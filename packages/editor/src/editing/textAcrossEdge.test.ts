import type { JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { getEditorSchema } from '../editorSchema';
import { textAcrossEdge } from './textAcrossEdge';

const text = (value: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text: value }] });
const section = (sectionId: string, ...content: JSONContent[]): JSONContent => ({
  type: 'protocolSection',
  attrs: { sectionId },
  content,
});
const row = (title: string): JSONContent => ({
  type: 'attachmentRow',
  attrs: { documentNumber: 'HL 2019/310-1' },
  content: [{ type: 'text', text: title }],
});

/** The position where `value` starts in the document's text (plus `offset`). */
function at(doc: ProseMirrorNode, value: string, offset = 0): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found === -1 && node.isText && node.text?.includes(value)) found = pos + node.text.indexOf(value) + offset;
    return found === -1;
  });
  if (found === -1) throw new Error(`no ${value}`);
  return found;
}

function stateAt(json: JSONContent, value: string, offset: number, shape: 'protocol' | 'proposal' = 'protocol') {
  const doc = getEditorSchema(shape).nodeFromJSON(json);
  return EditorState.create({ doc, selection: TextSelection.create(doc, at(doc, value, offset)) });
}

const paragraph: JSONContent = {
  type: 'doc',
  content: [
    section('beslut', text('Nämnden beslutar.')),
    section('handlingar', { type: 'attachmentList', content: [row('Tjänsteutlåtande'), row('Remiss')] }),
  ],
};

describe('textAcrossEdge: where an arrow at a textblock’s edge takes the caret', () => {
  it('goes from the start of an attachment row, past its fields and the heading, to the end of the text before', () => {
    const state = stateAt(paragraph, 'Tjänsteutlåtande', 0);
    expect(textAcrossEdge(state, -1)?.head).toBe(at(state.doc, 'Nämnden beslutar.', 'Nämnden beslutar.'.length));
  });

  it('goes from the end of the text into the next attachment row’s title, and from row to row', () => {
    const end = 'Nämnden beslutar.'.length;
    expect(textAcrossEdge(stateAt(paragraph, 'Nämnden beslutar.', end), 1)?.head).toBe(
      at(stateAt(paragraph, 'Remiss', 0).doc, 'Tjänsteutlåtande'),
    );
    const state = stateAt(paragraph, 'Tjänsteutlåtande', 'Tjänsteutlåtande'.length);
    expect(textAcrossEdge(state, 1)?.head).toBe(at(state.doc, 'Remiss'));
  });

  it('leaves a move onto a chip to ProseMirror, which selects it', () => {
    const draft: JSONContent = {
      type: 'doc',
      content: [
        {
          type: 'proposal',
          attrs: { proposalId: 'p1', kind: 'own' },
          content: [
            {
              type: 'personList',
              attrs: { purpose: 'proposers' },
              content: [{ type: 'person', attrs: { name: 'Anna Ek', party: 'M', andOthers: false, role: '' } }],
            },
            text('Yrkandet.'),
          ],
        },
      ],
    };
    expect(textAcrossEdge(stateAt(draft, 'Yrkandet.', 0, 'proposal'), -1)).toBeUndefined();
  });

  it('with Shift keeps the anchor and takes the head past the fields, from a caret or a range', () => {
    const state = stateAt(paragraph, 'Tjänsteutlåtande', 0);
    const end = at(state.doc, 'Nämnden beslutar.', 'Nämnden beslutar.'.length);
    const extended = textAcrossEdge(state, -1, true);
    expect([extended?.anchor, extended?.head]).toEqual([state.selection.anchor, end]);
    const from = at(state.doc, 'Remiss', 3);
    const range = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, at(state.doc, 'Remiss'))));
    const further = textAcrossEdge(range, -1, true);
    expect([further?.anchor, further?.head]).toEqual([
      from,
      at(state.doc, 'Tjänsteutlåtande', 'Tjänsteutlåtande'.length),
    ]);
  });

  it('has nowhere to go beyond the document’s last text, and moves no selection that is not a caret', () => {
    const state = stateAt(paragraph, 'Remiss', 'Remiss'.length);
    expect(textAcrossEdge(state, 1)).toBeUndefined();
    const from = at(state.doc, 'Remiss');
    const range = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, from + 3)));
    expect(textAcrossEdge(range, -1)).toBeUndefined();
  });
});
