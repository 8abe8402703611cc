import type { JSONContent } from '@tiptap/core';
import type { ProtocolTemplate } from '@yttra/domain';
import { jsonContentKind } from './jsonContentKind';
import { paragraphContent } from './paragraphContent';

const isEmptyParagraph = (node: JSONContent) =>
  node.type === 'paragraph' && (node.content ?? []).every((child) => child.type === 'text' && !child.text?.trim());

/**
 * A copy of a protocol document with `blocks` added where the template prints them: at the end of the section
 * holding their content kind (a proposal before the closing sentence), the section created in template order
 * when missing, its lone empty placeholder paragraph replaced. Pure, so the server can assemble a paragraph
 * from tabled drafts without an editor.
 */
export function insertBlocksIntoContent(
  document: JSONContent,
  blocks: readonly JSONContent[],
  template: ProtocolTemplate,
): JSONContent {
  const content = [...(document.content ?? [])];
  for (const block of blocks) {
    const kind = jsonContentKind(block);
    const section = template.sections.find((candidate) => kind !== undefined && candidate.contents.includes(kind));
    if (!section) continue;
    let index = content.findIndex((node) => node.type === 'protocolSection' && node.attrs?.sectionId === section.id);
    if (index === -1) {
      const order = template.sections.findIndex((candidate) => candidate.id === section.id);
      const after = content.findIndex(
        (node) =>
          node.type === 'protocolSection' &&
          template.sections.findIndex((candidate) => candidate.id === node.attrs?.sectionId) > order,
      );
      index = after === -1 ? content.length : after;
      content.splice(index, 0, {
        type: 'protocolSection',
        attrs: { sectionId: section.id },
        content: [paragraphContent()],
      });
    }
    const target = content[index] as JSONContent;
    const children = (target.content ?? []).filter((child) => !isEmptyParagraph(child));
    const closing = children.findIndex((child) => child.type === 'proposalsClosing');
    const position = block.type === 'proposal' && closing !== -1 ? closing : children.length;
    children.splice(position, 0, block);
    content[index] = { ...target, content: children };
  }
  return { ...document, content };
}
