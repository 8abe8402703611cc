import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { BlockLabel } from './BlockLabel';
import { GeneratedText } from './fields/GeneratedText';
import { SelectField } from './fields/SelectField';
import { liveProposalSentence } from './live/liveSentences';
import { peopleOf } from './live/peopleOfNode';
import { useProtocolContext } from './live/useProtocolContext';
import { RemoveBlockButton } from './RemoveBlockButton';

const KIND_CHOICES = [
  { value: 'own', label: 'Egen text' },
  { value: 'administration', label: 'Förvaltningens förslag' },
];

/**
 * A tabled proposal: its kind, the sentence the protocol opens it with, then (as content) its proposers and, for
 * an own proposal, its text.
 */
export function ProposalView({ editor, node, updateAttributes, getPos }: ReactNodeViewProps) {
  const labelId = useId();
  const kind = node.attrs.kind === 'administration' ? 'administration' : 'own';
  const proposalId = typeof node.attrs.proposalId === 'string' ? node.attrs.proposalId : '';
  const { template, number } = useProtocolContext(editor, (context) => ({
    template: context.template,
    number: context.proposals.findIndex((proposal) => proposal.id === proposalId) + 1,
  }));
  const live = liveProposalSentence(kind, peopleOf(node), template);

  return (
    <NodeViewWrapper className="block block--proposal" role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>{number > 0 ? `Förslag ${number}` : 'Förslag'}</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName={number > 0 ? `Förslag ${number}` : 'Förslag'} />
        <SelectField
          label="Typ av förslag"
          value={kind}
          choices={KIND_CHOICES}
          onChange={(value) => updateAttributes({ kind: value })}
        />
      </div>
      <GeneratedText live={live} name="proposal" />
      <NodeViewContent className="block__content" />
    </NodeViewWrapper>
  );
}
