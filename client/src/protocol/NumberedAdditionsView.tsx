import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { chainWithFocus } from '../document/chainWithFocus';
import { BlockLabel } from './BlockLabel';
import { useEditable } from './editableContext';
import { RemoveBlockButton } from './RemoveBlockButton';

/**
 * Numbered additions (tillägg). The numbers are CSS counters over the list's items: never stored, never typed, so
 * concurrent inserts and deletes cannot leave them wrong. The list element itself is the content (`ol`).
 */
export function NumberedAdditionsView({ editor, getPos }: ReactNodeViewProps) {
  const labelId = useId();
  const editable = useEditable();
  const add = () => {
    const pos = getPos();
    if (typeof pos === 'number') chainWithFocus(editor).addAdditionItem(pos).run();
  };
  return (
    <NodeViewWrapper className="block block--additions" role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>Numrerade tillägg</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName="Numrerade tillägg" />
      </div>
      <NodeViewContent className="numbered-additions" />
      {editable && (
        <div className="block__actions" contentEditable={false} suppressContentEditableWarning data-node-controls>
          <button type="button" className="button button--small" onClick={add}>
            Lägg till tillägg
          </button>
        </div>
      )}
    </NodeViewWrapper>
  );
}
