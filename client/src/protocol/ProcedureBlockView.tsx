import { NodeViewWrapper, type ReactNodeViewProps, useEditorState } from '@tiptap/react';
import { defaultParties } from '@yttra/domain';
import { useId, useMemo } from 'react';
import { BlockLabel } from './BlockLabel';
import { GeneratedText } from './fields/GeneratedText';
import { liveProcedureSentences } from './live/liveProcedureSentences';
import { hint } from './live/liveText';
import { useProtocolContext } from './live/useProtocolContext';
import { writtenProposalName } from './live/writtenProposalName';
import { blockProblems } from './procedure/blockProblems';
import { FormErrorBoundary } from './procedure/FormErrorBoundary';
import { HeadingNumberField } from './procedure/HeadingNumberField';
import { mentionChoices } from './procedure/mentionChoices';
import { ProcedureForm } from './procedure/ProcedureForm';
import { ProcedureFormContext } from './procedure/procedureFormContext';
import { type BlockPath, setAtPath } from './procedure/setAtPath';
import { unfinishedMentionables } from './procedure/unfinishedMentionables';
import { RemoveBlockButton } from './RemoveBlockButton';

const LABELS: Record<string, string> = {
  writtenProposal: 'Skriftligt yrkande',
  motion: 'Yrkande vid sammanträdet',
  propositions: 'Propositionsordning',
  voteRound: 'Omröstning',
  protocolNote: 'Protokollsanteckning',
  earlierHandling: 'Tidigare behandling',
  extractRecipients: 'Protokollsutdrag skickas till',
};

/** Blocks that may choose the number of their run's heading. */
const HEADED = new Set(['motion', 'propositions', 'voteRound', 'protocolNote']);

const parse = (text: unknown): unknown => {
  try {
    return typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A procedure block (written proposal, motion, order of propositions, vote, protocol note …) as a form, with the
 * sentences the template generates from it underneath, exactly as the export prints them. The form writes the
 * domain block whole into the node (last writer wins, like the other forms); while it is incomplete the export
 * leaves it out and the messages beside the fields say what is missing.
 */
export function ProcedureBlockView({ editor, node, getPos, updateAttributes }: ReactNodeViewProps) {
  const labelId = useId();
  const stored = typeof node.attrs.block === 'string' ? node.attrs.block : '';
  const block = useMemo(() => parse(stored), [stored]) as { type?: unknown; main?: unknown; id?: unknown } | undefined;
  const context = useProtocolContext(editor, ({ paragraph, template }) => ({ paragraph, template }));
  const unfinished = useEditorState({
    editor,
    selector: ({ editor: current }) => unfinishedMentionables(current.state.doc, context.paragraph),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const form = useMemo(
    () => ({
      ...context,
      mentions: [...mentionChoices(context.paragraph, context.template), ...unfinished],
      parties: context.template.organisation?.parties ?? defaultParties,
    }),
    [context, unfinished],
  );
  const type = typeof block?.type === 'string' ? block.type : '';
  const label = type === 'voteRound' && block?.main === true ? 'Huvudvotering' : (LABELS[type] ?? 'Block');
  const problems = useMemo(() => blockProblems(block), [block]);
  const lines =
    problems.all.length > 0
      ? [hint(`Skrivs ut när formuläret är ifyllt: ${problems.all.join(' ')}`)]
      : type === 'writtenProposal'
        ? [writtenProposalName(block, context.paragraph, context.template)]
        : liveProcedureSentences(block, context.paragraph, context.template);
  const set = (path: BlockPath, value: unknown) => {
    // The latest stored block, not the rendered one: two quick changes must not undo each other.
    const current = parse(editor.state.doc.nodeAt(getPos() ?? -1)?.attrs.block) ?? block;
    updateAttributes({ block: JSON.stringify(setAtPath(current, path, value)) });
  };
  return (
    <NodeViewWrapper className={`block block--procedure block--${type}`} role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>{label}</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName={label} />
        {block !== undefined && (
          <FormErrorBoundary resetKey={stored}>
            <ProcedureFormContext.Provider value={form}>
              <div className="procedure-form">
                <ProcedureForm block={block} set={set} problems={problems} />
                {HEADED.has(type) && (
                  <HeadingNumberField
                    kind={type === 'voteRound' && block.main === true ? 'mainVote' : type}
                    template={context.template}
                    value={(block as { heading?: unknown }).heading}
                    onChange={(heading) => set(['heading'], heading)}
                  />
                )}
              </div>
            </ProcedureFormContext.Provider>
          </FormErrorBoundary>
        )}
      </div>
      {lines.map((line, index) => (
        // Sentences have no identity beyond their place in the block.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is regenerated whole on every change
        <GeneratedText key={index} live={line} name={type} />
      ))}
    </NodeViewWrapper>
  );
}
