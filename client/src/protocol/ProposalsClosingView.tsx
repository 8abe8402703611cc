import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { GeneratedText } from './fields/GeneratedText';
import { sentence } from './live/liveText';
import { useProtocolContext } from './live/useProtocolContext';

/** "Ordföranden förklarade överläggningen avslutad.": a marker whose sentence is all template. */
export function ProposalsClosingView({ editor }: ReactNodeViewProps) {
  const phrase = useProtocolContext(editor, (context) => context.template.phrases.proposalsClosing);
  return (
    <NodeViewWrapper className="block block--proposals-closing">
      <GeneratedText live={sentence(phrase)} name="proposals-closing" />
    </NodeViewWrapper>
  );
}
