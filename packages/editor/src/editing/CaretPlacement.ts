import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { firstTextPosition } from './firstTextPosition';
import { isCaretSelection } from './isCaretSelection';

const caretPlacementKey = new PluginKey('caretPlacement');

/** Whether the browser's selection (where it inserts typed text) is in the editor's own content. */
function browserCaretInside(view: EditorView): boolean {
  const selection = view.dom.ownerDocument.getSelection();
  const node = selection?.anchorNode;
  if (!node || !view.dom.contains(node)) return false;
  // Typed as the one method used: the server compiles this package without the DOM library.
  const element = (node.nodeType === 1 ? node : node.parentElement) as { closest(selector: string): unknown } | null;
  return element === null || element.closest('[contenteditable="false"]') === null;
}

/**
 * Moves a selection that shows no caret to the start of the first text, without an undo step, and puts the
 * browser's caret where ProseMirror's is: on a keyboard focus the browser may have placed none (ProseMirror then
 * assumes it did, and keys go nowhere).
 */
function placeCaret(view: EditorView): void {
  const { state } = view;
  if (!isCaretSelection(state.selection)) {
    const target = firstTextPosition(state.doc);
    if (target !== undefined) {
      view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, target)).setMeta('addToHistory', false));
    }
  }
  // `focus` writes ProseMirror's selection into the page (it is already focused, so no second focus event). Only a
  // text selection: a selected chip or block may be one the user is just clicking away from.
  if (view.state.selection instanceof TextSelection && !browserCaretInside(view)) view.focus();
}

/**
 * Every focus shows a caret where keys go. Tabbing into the editor leaves the browser's caret at the start of the
 * editable element, which here is a node view's controls (no text): keys would be swallowed. When the editor gets
 * the focus with a selection that shows no caret, the caret goes to the start of the first text; a selection
 * that does (the user's last place, a click) is kept. Every transaction that leaves the selection between blocks
 * (a remote change, a deleted block) is followed by a move to the nearest text.
 */
export const CaretPlacement = Extension.create({
  name: 'caretPlacement',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: caretPlacementKey,
        props: {
          handleDOMEvents: {
            // A click on a node view's text that is no content (a label, a generated sentence) focuses the editor
            // without a caret; the caret goes back to where ProseMirror's selection is.
            mouseup: (view) => {
              setTimeout(() => {
                if (!view.isDestroyed && view.hasFocus() && !browserCaretInside(view)) placeCaret(view);
              }, 0);
              return false;
            },
            focus: (view) => {
              placeCaret(view);
              // ProseMirror reads the browser's selection once the focus has settled; check again after it.
              setTimeout(() => {
                if (!view.isDestroyed && view.hasFocus()) placeCaret(view);
              }, 30);
              return false;
            },
          },
        },
        // A key the browser handles itself (Home, End, the arrows) can leave its caret in a node view's controls,
        // where typing goes nowhere: the caret is put back where ProseMirror's selection is.
        view: () => ({
          update: (view) => {
            if (!view.hasFocus() || !(view.state.selection instanceof TextSelection) || browserCaretInside(view))
              return;
            setTimeout(() => {
              if (!view.isDestroyed && view.hasFocus() && !browserCaretInside(view)) view.focus();
            }, 0);
          },
        }),
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((tr) => tr.docChanged || tr.selectionSet)) return null;
          const { selection } = state;
          if (isCaretSelection(selection) || !(selection instanceof TextSelection)) return null;
          const near = TextSelection.between(selection.$anchor, selection.$head);
          if (isCaretSelection(near)) return state.tr.setSelection(near).setMeta('addToHistory', false);
          const target = firstTextPosition(state.doc);
          return target === undefined
            ? null
            : state.tr.setSelection(TextSelection.create(state.doc, target)).setMeta('addToHistory', false);
        },
      }),
    ];
  },
});
