import { Extension } from '@tiptap/core';
import { AllSelection, Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { alignedInTextblock } from './alignedInTextblock';
import { browserCaretInText } from './browserCaretInText';
import { caretInSelectedBlock } from './caretInSelectedBlock';
import { firstTextPosition } from './firstTextPosition';
import { isCaretSelection } from './isCaretSelection';
import { showAllSelection } from './showAllSelection';
import { textAcrossEdge } from './textAcrossEdge';

const caretPlacementKey = new PluginKey('caretPlacement');

/**
 * Puts the browser's selection where ProseMirror's is, if the browser has none in text: a select-all between the
 * first and last text (showAllSelection), a text selection by ProseMirror's own focus, which writes it into the
 * page (the editor already has the focus, so there is no second focus event). A selected chip or block shows no
 * browser caret by design.
 */
function showSelection(view: EditorView): void {
  if (view.isDestroyed || !view.hasFocus() || view.composing || browserCaretInText(view)) return;
  if (view.state.selection instanceof AllSelection) showAllSelection(view);
  else if (view.state.selection instanceof TextSelection) view.focus();
}

/**
 * Moves a selection that shows no caret (or a select-all the user has left) to the start of the first text,
 * without an undo step, and puts the browser's caret where ProseMirror's is: on a keyboard focus the browser may have placed none (ProseMirror then
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
  showSelection(view);
}

/** The arrow keys: their direction, and the edge of a textblock ProseMirror asks the view about. */
const ARROWS: Record<string, { direction: -1 | 1; vertical: boolean }> = {
  ArrowLeft: { direction: -1, vertical: false },
  ArrowRight: { direction: 1, vertical: false },
  ArrowUp: { direction: -1, vertical: true },
  ArrowDown: { direction: 1, vertical: true },
};

/**
 * Whether a range's head is on its textblock's first line (direction -1) or last line (1). ProseMirror's
 * endOfTextblock asks about the range's start going up and its end going down, not about the head.
 */
function headOnEdgeLine(view: EditorView, direction: -1 | 1): boolean {
  const { $head } = view.state.selection;
  if (!$head.parent.inlineContent) return false;
  try {
    const head = view.coordsAtPos($head.pos);
    const edge = view.coordsAtPos(direction < 0 ? $head.start() : $head.end());
    return direction < 0 ? head.top <= edge.top + 1 : head.bottom >= edge.bottom - 1;
  } catch {
    return false;
  }
}

/**
 * An arrow key at the edge of the caret's textblock moves the caret into the neighbouring text itself (see
 * textAcrossEdge): the browser would have to cross a node view's non-editable parts, which Chrome cannot. With
 * Shift the selection's head goes there: Chrome would put it in those parts, and the next key would go nowhere.
 */
function moveAcrossEdge(view: EditorView, key: string, extend: boolean): boolean {
  const arrow = ARROWS[key];
  if (!arrow) return false;
  const { selection } = view.state;
  if (!(selection instanceof TextSelection) || (!selection.empty && !extend)) return false;
  const { $head } = selection;
  const atEdge = arrow.vertical
    ? selection.empty
      ? view.endOfTextblock(arrow.direction < 0 ? 'up' : 'down')
      : headOnEdgeLine(view, arrow.direction)
    : $head.parentOffset === (arrow.direction < 0 ? 0 : $head.parent.content.size);
  if (!atEdge) return false;
  const target = textAcrossEdge(view.state, arrow.direction, extend);
  if (!target) return false;
  const next = arrow.vertical ? alignedInTextblock(view, target) : target;
  view.dispatch(view.state.tr.setSelection(next).scrollIntoView());
  return true;
}

/**
 * Every focus shows a caret where keys go. Tabbing into the editor leaves the browser's caret at the start of the
 * editable element, which here is a node view's controls (no text): keys would be swallowed. When the editor gets
 * the focus with a selection that shows no caret, the caret goes to the start of the first text; a selection
 * that does (the user's last place, a click) is kept. Every transaction that leaves the selection between blocks
 * (a remote change, a deleted block) is followed by a move to the nearest text. After every key the browser's
 * selection is checked: Chrome can leave it in a node view's controls, or drop it, and the next keys would go
 * nowhere.
 */
export const CaretPlacement = Extension.create({
  name: 'caretPlacement',

  addProseMirrorPlugins() {
    // While a mouse button is down the browser's selection is the user's drag, not to be written over.
    let mouseDown = false;
    return [
      new Plugin({
        key: caretPlacementKey,
        props: {
          handleKeyDown: (view, event) => {
            if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
            return moveAcrossEdge(view, event.key, event.shiftKey);
          },
          handleDOMEvents: {
            keydown: (view) => {
              // A mouse released outside the editor sends it no mouseup; a key means the drag is over.
              mouseDown = false;
              // A key that comes before the caret was put back (a click on a label, a quick key after the focus):
              // the caret goes where ProseMirror's selection is first, so that the key acts there, not nowhere.
              showSelection(view);
              // After the browser has handled the key (Home, End, an arrow it moves itself).
              setTimeout(() => showSelection(view), 0);
              return false;
            },
            mousedown: () => {
              mouseDown = true;
              return false;
            },
            // A click on a node view's text that is no content (a label, a generated sentence) focuses the editor
            // without a caret; the caret goes back to where ProseMirror's selection is.
            mouseup: (view) => {
              mouseDown = false;
              setTimeout(() => {
                if (!view.isDestroyed && view.hasFocus() && !browserCaretInText(view)) placeCaret(view);
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
        view: () => ({
          update: (view) => {
            if (mouseDown || !view.hasFocus() || browserCaretInText(view)) return;
            // A select-all is shown at once: Chrome drops the one ProseMirror writes at the next layout.
            if (view.state.selection instanceof AllSelection) showAllSelection(view);
            else setTimeout(() => showSelection(view), 0);
          },
        }),
        appendTransaction: (transactions, old, state) => {
          if (!transactions.some((tr) => tr.docChanged || tr.selectionSet)) return null;
          const { selection } = state;
          const inBlock = caretInSelectedBlock(selection, old.selection);
          if (inBlock) return state.tr.setSelection(inBlock).setMeta('addToHistory', false);
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
