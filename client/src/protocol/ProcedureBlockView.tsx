import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { BlockLabel } from './BlockLabel';
import { GeneratedText } from './fields/GeneratedText';
import { liveProcedureSentences } from './live/liveProcedureSentences';
import { useProtocolContext } from './live/useProtocolContext';
import { writtenProposalName } from './live/writtenProposalName';

const LABELS: Record<string, string> = {
  writtenProposal: 'Skriftligt yrkande',
  motion: 'Yrkande',
  propositions: 'Propositionsordning',
  voteRound: 'Omröstning',
  protocolNote: 'Protokollsanteckning',
  earlierHandling: 'Tidigare behandling',
  extractRecipients: 'Protokollsutdrag',
};

const parse = (text: unknown): unknown => {
  try {
    return typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A procedure block (motion, order of propositions, vote, protocol note …) with the sentences the template
 * generates from it; a written proposal, which sentences only mention, shows how it is named.
 */
export function ProcedureBlockView({ editor, node }: ReactNodeViewProps) {
  const labelId = useId();
  const block = parse(node.attrs.block) as { type?: string; main?: boolean; id?: unknown } | undefined;
  const context = useProtocolContext(editor, ({ paragraph, template }) => ({ paragraph, template }));
  const type = block?.type ?? '';
  const label = type === 'voteRound' && block?.main ? 'Huvudvotering' : (LABELS[type] ?? 'Block');
  const lines =
    type === 'writtenProposal'
      ? [writtenProposalName(block, context.paragraph, context.template)]
      : liveProcedureSentences(block, context.paragraph, context.template);
  return (
    <NodeViewWrapper className={`block block--procedure block--${type}`} role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>{label}</BlockLabel>
      </div>
      {lines.map((line, index) => (
        // Sentences have no identity beyond their place in the block.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is regenerated whole on every change
        <GeneratedText key={index} live={line} name={type} />
      ))}
    </NodeViewWrapper>
  );
}
