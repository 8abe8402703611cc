import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { chainWithFocus } from '../document/chainWithFocus';
import { BlockLabel } from './BlockLabel';
import { useEditable } from './editableContext';
import { RemoveBlockButton } from './RemoveBlockButton';

/** "Handlingar i ärendet": its rows as content, and a button for the next row. */
export function AttachmentListView({ editor, getPos }: ReactNodeViewProps) {
  const labelId = useId();
  const editable = useEditable();
  const add = () => {
    const pos = getPos();
    if (typeof pos === 'number') chainWithFocus(editor).addAttachmentRow(pos).run();
  };
  return (
    <NodeViewWrapper className="block block--attachments" role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>Handlingar</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName="Handlingar" />
      </div>
      <NodeViewContent className="attachment-list" />
      {editable && (
        <div className="block__actions" contentEditable={false} suppressContentEditableWarning data-node-controls>
          <button type="button" className="button button--small" onClick={add}>
            Lägg till handling
          </button>
        </div>
      )}
    </NodeViewWrapper>
  );
}
