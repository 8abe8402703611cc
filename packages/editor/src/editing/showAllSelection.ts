import { AllSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { firstTextPosition } from './firstTextPosition';
import { lastTextPosition } from './lastTextPosition';

/** The internals of ProseMirror's view used here (stable for years, not in its typings). */
interface ObservedView {
  domObserver: { setCurSelection(): void };
}
interface DomSelection {
  setBaseAndExtent(anchorNode: unknown, anchorOffset: number, focusNode: unknown, focusOffset: number): void;
}

/**
 * Shows a select-all in the page from the start of the first text to the end of the last. ProseMirror puts the
 * browser's selection around all of its element's children; when the document ends in a node view's non-editable
 * text (a block's buttons, a generated quote), Chrome drops that selection at the next key, and text that arrives
 * as input (å, ä, ö from some layouts, dictation, an IME) then goes nowhere. Between text positions it stays.
 * ProseMirror is told this is its selection, so that it does not read it back as a text selection.
 */
export function showAllSelection(view: EditorView): void {
  const { state } = view;
  if (!(state.selection instanceof AllSelection)) return;
  const from = firstTextPosition(state.doc);
  const to = lastTextPosition(state.doc);
  if (from === undefined || to === undefined) return;
  const start = view.domAtPos(from);
  const end = view.domAtPos(to);
  const selection = (view.root as unknown as { getSelection(): DomSelection | null }).getSelection();
  selection?.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
  (view as unknown as ObservedView).domObserver.setCurSelection();
}
