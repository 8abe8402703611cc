import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps, useEditorState } from '@tiptap/react';
import { useId } from 'react';
import { BlockLabel } from './BlockLabel';
import { GeneratedText } from './fields/GeneratedText';
import { TextField } from './fields/TextField';
import { liveVoteSentences, type VoteFields } from './live/liveSentences';
import { peopleOf } from './live/peopleOfNode';
import { useProtocolContext } from './live/useProtocolContext';
import { ProposalSelect } from './ProposalSelect';
import { RemoveBlockButton } from './RemoveBlockButton';

const COUNTS = [
  { attribute: 'countYes', label: 'Antal Ja' },
  { attribute: 'countNo', label: 'Antal Nej' },
  { attribute: 'countAbstained', label: 'Antal som avstod' },
] as const;

const countOf = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * A vote: the proposition (Ja for one proposal, Nej for another), counts, and (as content) the named lists Ja, Nej
 * and Avstår. A count left empty is the length of its list, as in the export.
 */
export function VoteView({ editor, node, getPos, updateAttributes }: ReactNodeViewProps) {
  const labelId = useId();
  const fields: VoteFields = {
    yesFor: typeof node.attrs.yesFor === 'string' ? node.attrs.yesFor : '',
    noFor: typeof node.attrs.noFor === 'string' ? node.attrs.noFor : '',
    countYes: countOf(node.attrs.countYes),
    countNo: countOf(node.attrs.countNo),
    countAbstained: countOf(node.attrs.countAbstained),
  };
  const { proposals, template } = useProtocolContext(editor, ({ proposals, template }) => ({ proposals, template }));
  // The result names the winning proposal, which the enclosing beslutsgång holds.
  const winningProposal = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const pos = getPos();
      if (typeof pos !== 'number' || pos > current.state.doc.content.size) return '';
      const parent = current.state.doc.resolve(pos).parent;
      return parent.type.name === 'decisionProcedure' ? String(parent.attrs.winningProposal ?? '') : '';
    },
  });
  const lists = { yes: peopleOf(node, 'yes'), no: peopleOf(node, 'no'), abstained: peopleOf(node, 'abstained') };
  const sentences = liveVoteSentences(fields, lists, winningProposal, proposals, template);

  const writeCount = (attribute: string, raw: string) => {
    const parsed = raw.trim() === '' ? null : Number(raw);
    updateAttributes({ [attribute]: parsed === null || !Number.isInteger(parsed) || parsed < 0 ? null : parsed });
  };

  return (
    <NodeViewWrapper className="block block--vote" role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>Votering</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName="Votering" />
        <ProposalSelect
          editor={editor}
          label="Ja för"
          emptyLabel="Välj förslag"
          value={fields.yesFor}
          onChange={(value) => updateAttributes({ yesFor: value })}
        />
        <ProposalSelect
          editor={editor}
          label="Nej för"
          emptyLabel="Välj förslag"
          value={fields.noFor}
          onChange={(value) => updateAttributes({ noFor: value })}
        />
        {COUNTS.map(({ attribute, label }) => (
          <TextField
            key={attribute}
            className="field--count"
            label={label}
            type="number"
            min={0}
            hint="Tomt: räknas från listan"
            value={fields[attribute] === null ? '' : String(fields[attribute])}
            onChange={(raw) => writeCount(attribute, raw)}
          />
        ))}
      </div>
      {sentences.map((live, index) => (
        // The sentences have no identity of their own; their order is fixed by the template.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <GeneratedText key={index} live={live} name="vote" />
      ))}
      <NodeViewContent className="block__content" />
    </NodeViewWrapper>
  );
}
