import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { chainWithFocus } from '../document/chainWithFocus';
import { BlockLabel } from './BlockLabel';
import { useEditable } from './editableContext';
import { GeneratedText } from './fields/GeneratedText';
import { liveProcedureSentence } from './live/liveSentences';
import { useProtocolContext } from './live/useProtocolContext';
import { ProposalSelect } from './ProposalSelect';
import { RemoveBlockButton } from './RemoveBlockButton';

/** The beslutsgång: which proposal the board supported, the chair's sentence, and (as content) an optional vote. */
export function DecisionProcedureView({ editor, node, getPos, updateAttributes }: ReactNodeViewProps) {
  const labelId = useId();
  const editable = useEditable();
  const winningProposal = typeof node.attrs.winningProposal === 'string' ? node.attrs.winningProposal : '';
  const { proposals, template } = useProtocolContext(editor, ({ proposals, template }) => ({ proposals, template }));
  const live = liveProcedureSentence(winningProposal, proposals, template);

  const addVote = () => {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    chainWithFocus(editor).setNodeSelection(pos).insertProtocolBlock('vote').run();
  };

  return (
    <NodeViewWrapper className="block block--decision-procedure" role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>Beslutsgång</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName="Beslutsgång" />
        <ProposalSelect
          editor={editor}
          label="Nämnden ställde sig bakom"
          emptyLabel="Välj förslag"
          value={winningProposal}
          onChange={(value) => updateAttributes({ winningProposal: value })}
        />
      </div>
      <GeneratedText live={live} name="decision-procedure" />
      <NodeViewContent className="block__content" />
      {editable && node.childCount === 0 && (
        <div className="block__actions" contentEditable={false} suppressContentEditableWarning data-node-controls>
          <button type="button" className="button button--small" onClick={addVote}>
            Lägg till votering
          </button>
        </div>
      )}
    </NodeViewWrapper>
  );
}
