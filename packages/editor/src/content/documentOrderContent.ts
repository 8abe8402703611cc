import type { JSONContent } from '@tiptap/core';
import { contentKindOf, type ParagraphBlock, type ProtocolTemplate } from '@yttra/domain';
import { blockContent } from './blockContent';

/**
 * The document of a paragraph whose template keeps the secretary's block order: one section node per run of blocks
 * of the same section, so that a second round (Propositionsordning, Omröstning, Propositionsordning …) stays where it
 * stood. Blocks that only sentences mention (written proposals) go into the first section; blocks the template
 * cannot place go into a section of their own at the end rather than vanish.
 */
export function documentOrderContent(
  header: JSONContent,
  blocks: readonly ParagraphBlock[],
  template: ProtocolTemplate,
  proposalId: (id: string) => string,
): JSONContent {
  const sectionOf = (block: ParagraphBlock) => {
    const kind = contentKindOf(block);
    return kind === undefined ? undefined : template.sections.find((section) => section.contents.includes(kind))?.id;
  };
  const sections: { sectionId: string; content: JSONContent[] }[] = [];
  const unplaced: JSONContent[] = [];
  const mentionedOnly: JSONContent[] = [];
  for (const block of blocks) {
    const content = blockContent(block, proposalId);
    if (contentKindOf(block) === undefined) {
      mentionedOnly.push(...content);
      continue;
    }
    const sectionId = sectionOf(block);
    if (sectionId === undefined) unplaced.push(...content);
    else if (sections.at(-1)?.sectionId === sectionId) sections.at(-1)!.content.push(...content);
    else sections.push({ sectionId, content });
  }
  if (sections.length === 0) sections.push({ sectionId: template.sections[0]!.id, content: [] });
  sections[0]!.content.unshift(...mentionedOnly);
  if (unplaced.length > 0) sections.push({ sectionId: template.sections.at(-1)!.id, content: unplaced });
  return {
    type: 'doc',
    content: [
      header,
      ...sections.map(({ sectionId, content }) => ({ type: 'protocolSection', attrs: { sectionId }, content })),
    ],
  };
}
