import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { GeneratedText } from './fields/GeneratedText';
import { sentence } from './live/liveText';
import { useProtocolContext } from './live/useProtocolContext';
import { RemoveBlockButton } from './RemoveBlockButton';

/** "Ordföranden förklarade överläggningen avslutad.": a marker whose sentence is all template. */
export function ProposalsClosingView({ editor, getPos }: ReactNodeViewProps) {
  const phrase = useProtocolContext(editor, (context) => context.template.phrases.proposalsClosing);
  return (
    <NodeViewWrapper className="block block--proposals-closing">
      <div className="block__controls" contentEditable={false} suppressContentEditableWarning data-node-controls>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName="Överläggningen avslutad" />
      </div>
      <GeneratedText live={sentence(phrase)} name="proposals-closing" />
    </NodeViewWrapper>
  );
}
