import { type EditorState, Selection, type Transaction } from '@tiptap/pm/state';

/**
 * Deletes only the text a selection covers, in every textblock it touches, and leaves every node standing: what
 * Backspace over a selection that reaches into structure (a person list, a header, another block's text) must do.
 * The caret ends where the selection started.
 */
export function deleteSelectedText(state: EditorState): Transaction {
  const { from, to } = state.selection;
  const ranges: Array<[number, number]> = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    const start = Math.max(from, pos + 1);
    const end = Math.min(to, pos + 1 + node.content.size);
    if (end > start) ranges.push([start, end]);
    return false;
  });
  const tr = state.tr;
  // From the end, so that earlier positions stay valid.
  for (const [start, end] of ranges.reverse()) tr.delete(start, end);
  // A caret, not the old (mapped) selection: a select-all would otherwise still cover everything.
  return tr.setSelection(Selection.near(tr.doc.resolve(tr.mapping.map(from))));
}
