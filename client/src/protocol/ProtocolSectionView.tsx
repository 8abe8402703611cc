import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useProtocolContext } from './live/useProtocolContext';
import { sectionHeadingIsPlural } from './sectionHeadingIsPlural';

/**
 * A section of the paragraph. The heading comes from the document's template (by the section's id), never from
 * the document, and cannot be edited; singular or plural as the export prints it. What the section holds is ordinary
 * editor content.
 */
export function ProtocolSectionView({ editor, node }: ReactNodeViewProps) {
  const sectionId = typeof node.attrs.sectionId === 'string' ? node.attrs.sectionId : '';
  const plural = sectionHeadingIsPlural(node);
  const heading = useProtocolContext(editor, (context) => {
    const section = context.template.sections.find((candidate) => candidate.id === sectionId);
    return plural && !section?.headingPerBlock ? (section?.headingPlural ?? section?.heading) : section?.heading;
  });
  return (
    <NodeViewWrapper className="protocol-section" data-section-id={sectionId}>
      <h2 className="protocol-section__heading" contentEditable={false} suppressContentEditableWarning>
        {heading ?? 'Avsnitt utanför mallen'}
      </h2>
      <NodeViewContent className="protocol-section__content" />
    </NodeViewWrapper>
  );
}
