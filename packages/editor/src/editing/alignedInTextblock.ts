import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * An up or down move into `target`'s textblock, kept in the caret's column as the browser's own would be: the
 * position at the caret's horizontal place on the target's nearest line (its last going up, its first going down),
 * or `target` itself when the page gives no such place in that textblock. An extended selection keeps its anchor.
 */
export function alignedInTextblock(view: EditorView, target: TextSelection): TextSelection {
  try {
    const caret = view.coordsAtPos(view.state.selection.head);
    const line = view.coordsAtPos(target.head);
    const found = view.posAtCoords({ left: caret.left, top: (line.top + line.bottom) / 2 });
    if (!found) return target;
    const $found = view.state.doc.resolve(found.pos);
    if (!$found.parent.inlineContent || $found.start() !== target.$head.start()) return target;
    return TextSelection.create(view.state.doc, target.anchor === target.head ? found.pos : target.anchor, found.pos);
  } catch {
    // Without layout (a detached editor) there are no coordinates: the textblock's near end will do.
    return target;
  }
}
