import type { Editor } from '@tiptap/react';
import { chainWithFocus } from '../document/chainWithFocus';
import { useEditable } from './editableContext';

interface RemoveBlockButtonProps {
  editor: Editor;
  getPos: () => number | undefined;
  /** The block's visible name, so that the button says what it removes ("Ta bort Reservation"). */
  blockName: string;
}

/**
 * "Ta bort": removes a block the user inserted, as one undoable step (Ctrl+Z brings it back). The keyboard way
 * without reaching the button is Ctrl+Skift+Backsteg in the block. A draft's own block offers none: it is the draft.
 */
export function RemoveBlockButton({ editor, getPos, blockName }: RemoveBlockButtonProps) {
  const editable = useEditable();
  const pos = getPos();
  if (!editable || typeof pos !== 'number' || !editor.can().removeBlock(pos)) return null;
  return (
    <button
      type="button"
      className="button button--small block__remove"
      aria-label={`Ta bort ${blockName}`}
      title="Ta bort blocket (Ctrl+Skift+Backsteg)"
      onClick={() => {
        const current = getPos();
        if (typeof current === 'number') chainWithFocus(editor).removeBlock(current).run();
      }}
    >
      Ta bort
    </button>
  );
}
