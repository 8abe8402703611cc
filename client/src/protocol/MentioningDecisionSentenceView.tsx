import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { BlockLabel } from './BlockLabel';
import { GeneratedText } from './fields/GeneratedText';
import { liveProcedureSentences } from './live/liveProcedureSentences';
import { useProtocolContext } from './live/useProtocolContext';

const parse = (text: unknown): object => {
  try {
    return typeof text === 'string' && text !== '' ? (JSON.parse(text) as object) : {};
  } catch {
    return {};
  }
};

/** A decision opening derived from the outcome ("Enligt yrkande från V, S och MP:"), phrased by the template. */
export function MentioningDecisionSentenceView({ editor, node }: ReactNodeViewProps) {
  const labelId = useId();
  const context = useProtocolContext(editor, ({ paragraph, template }) => ({ paragraph, template }));
  const decision = {
    type: 'decision',
    sentence: { kind: node.attrs.kind, ...parse(node.attrs.mentions) },
    paragraphs: [],
    additions: [],
  };
  const [opening] = liveProcedureSentences(decision, context.paragraph, context.template);
  return (
    <NodeViewWrapper className="block block--decision-sentence" role="group" aria-labelledby={labelId}>
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <BlockLabel id={labelId}>Beslutsmening</BlockLabel>
      </div>
      {opening ? <GeneratedText live={opening} name="decision-sentence" /> : null}
    </NodeViewWrapper>
  );
}
