import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { type StatementKind, statementKinds } from '@yttra/domain';
import { useId } from 'react';
import { BlockLabel } from './BlockLabel';
import { GeneratedText } from './fields/GeneratedText';
import { SelectField } from './fields/SelectField';
import { liveStatementSentence } from './live/liveSentences';
import { peopleOf } from './live/peopleOfNode';
import { useProtocolContext } from './live/useProtocolContext';
import { RemoveBlockButton } from './RemoveBlockButton';

const KIND_LABELS: Record<StatementKind, string> = {
  sarskilt_uttalande: 'Särskilt uttalande',
  protokollsanteckning: 'Protokollsanteckning',
  ersattaryttrande: 'Ersättaryttrande',
};

const KIND_CHOICES = statementKinds.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

/**
 * A särskilt uttalande, protokollsanteckning or ersättaryttrande: its kind, sentence, authors and text. In the
 * paragraph the secretary can change its kind; a party's draft is its one statement, whose kind is the draft's
 * (chosen when the draft was made, and listed by it in the matter), so it is shown, not offered.
 */
export function StatementView({ editor, node, updateAttributes, getPos }: ReactNodeViewProps) {
  const labelId = useId();
  const kind = statementKinds.find((candidate) => candidate === node.attrs.kind) ?? 'sarskilt_uttalande';
  const isDraft = editor.state.doc.firstChild?.type.name === 'statement';
  const template = useProtocolContext(editor, (context) => context.template);
  const live = liveStatementSentence(kind, peopleOf(node), template);

  return (
    <NodeViewWrapper className="block block--statement" role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>{KIND_LABELS[kind]}</BlockLabel>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName={KIND_LABELS[kind]} />
        {!isDraft && (
          <SelectField
            label="Typ av uttalande"
            value={kind}
            choices={KIND_CHOICES}
            onChange={(value) => updateAttributes({ kind: value })}
          />
        )}
      </div>
      <GeneratedText live={live} name="statement" />
      <NodeViewContent className="block__content" />
    </NodeViewWrapper>
  );
}
