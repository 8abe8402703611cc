import type { JSONContent } from '@tiptap/core';
import { contentKindOf, type ProtocolParagraph, type ProtocolTemplate } from '@yttra/domain';
import { DEFAULT_TEMPLATE_ID, templateRegistry } from '../templates/templateRegistry';
import { blockContent } from './blockContent';
import { documentOrderContent } from './documentOrderContent';
import { paragraphContent } from './paragraphContent';

export interface ContentFromParagraphOptions {
  /** Document proposal ids for domain proposal ids; ids not listed are kept (and so are references to them). */
  proposalIds?: Readonly<Record<string, string>>;
  /** The header's templateId; by default the registry's id of `template`, else the default template's. */
  templateId?: string;
}

/**
 * The editor document for a domain paragraph (the inverse of `paragraphFromContent`): the header, then one section
 * per template section in template order, holding the blocks of its content kinds. A section with nothing gets an
 * empty paragraph, so that the cursor can enter it. The administration's proposal is kept only as `replyTo`, which
 * is all the document model stores of it.
 */
export function contentFromParagraph(
  paragraph: ProtocolParagraph,
  template: ProtocolTemplate,
  options: ContentFromParagraphOptions = {},
): JSONContent {
  const { header, administrationProposal, blocks, chair, quotationMarks } = paragraph;
  const proposalId = (id: string) =>
    options.proposalIds && Object.hasOwn(options.proposalIds, id) ? options.proposalIds[id]! : id;
  const templateId =
    options.templateId ??
    Object.entries(templateRegistry).find(([, candidate]) => candidate === template)?.[0] ??
    DEFAULT_TEMPLATE_ID;

  const decision = blocks.find((block) => block.type === 'decision');
  const recipientOf = (sentence = administrationProposal?.sentence ?? decision?.sentence) =>
    sentence?.kind === 'approveReportAsReply' ? sentence.recipient : '';

  const headerNode: JSONContent = {
    type: 'protocolHeader',
    attrs: {
      templateId,
      ...header,
      matterKind: header.matterKind ?? '',
      replyTo: recipientOf(),
      chair: chair ? JSON.stringify(chair) : '',
      quotationMarks: quotationMarks ? JSON.stringify(quotationMarks) : '',
    },
  };
  if (template.layout === 'documentOrder') return documentOrderContent(headerNode, blocks, template, proposalId);

  const underHeading = (block: (typeof blocks)[number]) => block.type === 'summary' && block.sectionId !== undefined;
  const sectionContents = template.sections.map((section) => [
    ...section.contents.flatMap((kind) =>
      blocks
        .filter((block) => !underHeading(block) && contentKindOf(block) === kind)
        .flatMap((block) => blockContent(block, proposalId)),
    ),
    // Prose written under this section's heading.
    ...blocks
      .filter((block) => block.type === 'summary' && block.sectionId === section.id)
      .flatMap((block) => blockContent(block, proposalId)),
  ]);
  // A validated template gives every kind a section; should one not, its blocks go last rather than vanish.
  const placed = new Set(template.sections.flatMap((section) => section.contents));
  const sectionIds = new Set(template.sections.map((section) => section.id));
  const unplaced = blocks.filter((block) => {
    if (block.type === 'summary' && block.sectionId !== undefined && sectionIds.has(block.sectionId)) return false;
    const kind = contentKindOf(block);
    return kind === undefined || !placed.has(kind);
  });
  sectionContents.at(-1)?.push(...unplaced.flatMap((block) => blockContent(block, proposalId)));

  return {
    type: 'doc',
    content: [
      headerNode,
      ...template.sections.map((section, index) => {
        const content = sectionContents[index]!;
        return {
          type: 'protocolSection',
          attrs: { sectionId: section.id },
          content: content.length > 0 ? content : [paragraphContent()],
        };
      }),
    ],
  };
}
