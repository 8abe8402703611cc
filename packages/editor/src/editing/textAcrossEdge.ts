import { type EditorState, NodeSelection, Selection, TextSelection } from '@tiptap/pm/state';

/**
 * Where an arrow key at the edge of the caret's textblock takes the caret, when that is text: the nearest text
 * position beyond the textblock in the key's direction (-1: left/up, 1: right/down). This is ProseMirror's own
 * choice (moveSelectionBlock); ProseMirror selects a neighbouring atom itself, but leaves a move into text to the
 * browser, which cannot cross a node view's non-editable labels, fields and buttons: Chrome keeps the caret where
 * it was or drops it, and the next keys go nowhere. With `extend` (Shift and an arrow) the selection keeps its
 * anchor and its head goes there. Undefined when the caret is not collapsed (unless extending), when there is no
 * text that way, or when the next stop is an atom (ProseMirror selects it).
 */
export function textAcrossEdge(state: EditorState, direction: -1 | 1, extend = false): TextSelection | undefined {
  const { selection } = state;
  if (!(selection instanceof TextSelection) || (!selection.empty && !extend)) return undefined;
  const { $head } = selection;
  if ($head.depth === 0 || !$head.parent.inlineContent) return undefined;
  const $start = state.doc.resolve(direction > 0 ? $head.after() : $head.before());
  const next = Selection.findFrom($start, direction);
  if (!next || next instanceof NodeSelection || !(next instanceof TextSelection)) return undefined;
  return extend ? TextSelection.create(state.doc, selection.anchor, next.head) : next;
}
