import { contentKindOf } from '../model/contentKindOf';
import type { ParagraphBlock } from '../model/paragraphBlockSchema';
import type { ProtocolParagraph } from '../model/protocolParagraphSchema';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import type { RenderBlock } from './renderBlock';
import { renderParagraphBlock } from './renderParagraphBlock';

/**
 * Lays a paragraph out by the template: the header, then each template section in template order, holding its
 * content kinds in the order the section lists them (and blocks of one kind in document order). Sections with
 * nothing to print are left out, heading included.
 */
export function renderParagraph(paragraph: ProtocolParagraph, template: ProtocolTemplate): RenderBlock[] {
  const { header } = paragraph;
  const output: RenderBlock[] = [
    {
      kind: 'pageHeader',
      board: header.board,
      protocol: fillPattern(template.phrases.protocolNumber, { protocolNumber: header.protocolNumber }),
      meetingDate: header.meetingDate,
    },
    {
      kind: 'paragraphNumber',
      text: fillPattern(template.phrases.paragraphNumber, { paragraphNumber: header.paragraphNumber }),
    },
    { kind: 'title', text: header.title },
    { kind: 'matterKind', text: header.matterKind },
    { kind: 'caseNumber', text: header.caseNumber },
  ];

  for (const section of template.sections) {
    const heading: RenderBlock = { kind: 'heading', sectionId: section.id, text: section.heading };
    const inSection = (block: ParagraphBlock, kind: string) =>
      block.type === 'summary' && block.sectionId !== undefined ? false : contentKindOf(block) === kind;
    const renderedBlocks = [
      ...section.contents.flatMap((kind) => paragraph.blocks.filter((block) => inSection(block, kind))),
      // Prose written under this heading, where the section holds no prose of its own kind.
      ...paragraph.blocks.filter((block) => block.type === 'summary' && block.sectionId === section.id),
    ]
      .map((block) => renderParagraphBlock(block, paragraph, template))
      .filter((rendered) => rendered.length > 0);
    if (renderedBlocks.length === 0) continue;

    if (section.headingPerBlock) {
      for (const rendered of renderedBlocks) output.push(heading, ...rendered);
    } else {
      output.push(heading, ...renderedBlocks.flat());
    }
  }
  return output;
}
