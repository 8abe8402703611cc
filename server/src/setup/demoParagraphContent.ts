import type { JSONContent } from '@tiptap/core';
import type { AttachmentsBlock, ProtocolTemplate, SummaryBlock } from '@yttra/domain';
import { blockContent, insertBlocksIntoContent } from '@yttra/editor';

export interface SecretaryMaterial {
  header: { protocolNumber: string; paragraphNumber: number };
  summary: SummaryBlock;
  attachments: AttachmentsBlock;
}

/**
 * The paragraph as the secretary prepares it before the meeting: its numbers in the header, the summary of the
 * matter and the documents of the matter, each written through the domain-to-document mapping.
 */
export function demoParagraphContent(
  paragraph: JSONContent,
  material: SecretaryMaterial,
  template: ProtocolTemplate,
): JSONContent {
  const same = (id: string) => id;
  const summarySection = template.sections.find((section) => section.contents.includes('summary'))?.id;
  const content = (paragraph.content ?? []).map((node): JSONContent => {
    if (node.type === 'protocolHeader') return { ...node, attrs: { ...node.attrs, ...material.header } };
    if (node.type === 'protocolSection' && node.attrs?.sectionId === summarySection) {
      return { ...node, content: blockContent(material.summary, same) };
    }
    return node;
  });
  return insertBlocksIntoContent({ ...paragraph, content }, blockContent(material.attachments, same), template);
}
