import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { BlockLabel } from './BlockLabel';
import { useEditable } from './editableContext';
import { CheckboxField } from './fields/CheckboxField';
import { GeneratedText } from './fields/GeneratedText';
import { SelectField } from './fields/SelectField';
import { liveDecisionSentence } from './live/liveSentences';
import { useProtocolContext } from './live/useProtocolContext';
import { MentioningDecisionSentenceView } from './MentioningDecisionSentenceView';
import { RemoveBlockButton } from './RemoveBlockButton';

const KIND_CHOICES = [
  { value: 'approveReportAsReply', label: 'Godkänner tjänsteutlåtandet (standard)' },
  { value: 'freeText', label: 'Egen formulering' },
];

/** The decision's (or a proposal's) opening sentence, phrased by the template from the header and these fields. */
export function DecisionSentenceView(props: ReactNodeViewProps) {
  const kind = props.node.attrs.kind;
  return kind === 'according' || kind === 'recommend' ? (
    <MentioningDecisionSentenceView {...props} />
  ) : (
    <StandardDecisionSentenceView {...props} />
  );
}

function StandardDecisionSentenceView({ editor, node, updateAttributes, getPos }: ReactNodeViewProps) {
  const labelId = useId();
  const textId = useId();
  const editable = useEditable();
  const kind = node.attrs.kind === 'freeText' ? 'freeText' : 'approveReportAsReply';
  const statesInAddition = node.attrs.statesInAddition === true;
  const text = typeof node.attrs.text === 'string' ? node.attrs.text : '';
  const context = useProtocolContext(editor, ({ board, replyTo, template }) => ({ board, replyTo, template }));
  const live = liveDecisionSentence({ kind, statesInAddition, text }, context, context.template);

  return (
    <NodeViewWrapper className="block block--decision-sentence" role="group" aria-labelledby={labelId}>
      <div className="block__controls" data-node-controls>
        <BlockLabel id={labelId}>Beslutsmening</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName="Beslutsmening" />
        <SelectField
          label="Formulering"
          value={kind}
          choices={KIND_CHOICES}
          onChange={(value) => updateAttributes({ kind: value })}
        />
        {kind === 'approveReportAsReply' ? (
          <CheckboxField
            label="och därutöver anför följande"
            checked={statesInAddition}
            onChange={(checked) => updateAttributes({ statesInAddition: checked })}
          />
        ) : (
          <div className="field field--wide">
            <label htmlFor={textId}>Egen beslutsmening</label>
            <textarea
              id={textId}
              rows={2}
              readOnly={!editable}
              value={text}
              onChange={(event) => updateAttributes({ text: event.target.value })}
            />
          </div>
        )}
      </div>
      <GeneratedText live={live} name="decision-sentence" />
    </NodeViewWrapper>
  );
}
