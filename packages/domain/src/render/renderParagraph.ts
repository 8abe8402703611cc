import { contentKindOf } from '../model/contentKindOf';
import type { ParagraphBlock } from '../model/paragraphBlockSchema';
import type { ProtocolParagraph } from '../model/protocolParagraphSchema';
import type { ProtocolTemplate, TemplateSection } from '../template/protocolTemplateSchema';
import type { RenderBlock } from './renderBlock';
import { renderHeader } from './renderHeader';
import { renderParagraphBlock } from './renderParagraphBlock';
import { createSentenceContext } from './version2/sentenceContext';

/**
 * Lays a paragraph out by the template: the header, then the sections. With layout 'bySection' each template section
 * comes in template order, holding its content kinds in the order the section lists them (and blocks of one kind in
 * document order). With 'documentOrder' blocks keep the secretary's order, and a section's heading stands over each
 * run of its blocks, singular or plural by the number of blocks. Sections with nothing to print are left out.
 */
export function renderParagraph(paragraph: ProtocolParagraph, template: ProtocolTemplate): RenderBlock[] {
  const output = renderHeader(paragraph, template);
  const context = createSentenceContext(paragraph, template);
  const sectionOf = new Map<string, TemplateSection>();
  for (const section of template.sections) for (const kind of section.contents) sectionOf.set(kind, section);
  const render = (block: ParagraphBlock) => renderParagraphBlock(block, paragraph, template, context);

  const runs: { section: TemplateSection; blocks: ParagraphBlock[]; rendered: RenderBlock[][] }[] = [];
  // Prose written under a heading (a section that holds no prose of its own kind) prints in that section.
  const underHeading = (block: ParagraphBlock) => block.type === 'summary' && block.sectionId !== undefined;
  if (template.layout === 'documentOrder') {
    for (const block of paragraph.blocks) {
      const kind = contentKindOf(block);
      const section =
        block.type === 'summary' && block.sectionId !== undefined
          ? template.sections.find((candidate) => candidate.id === block.sectionId)
          : kind === undefined
            ? undefined
            : sectionOf.get(kind);
      if (!section) continue;
      const rendered = render(block);
      if (rendered.length === 0) continue;
      const last = runs.at(-1);
      if (last?.section === section) {
        last.blocks.push(block);
        last.rendered.push(rendered);
      } else runs.push({ section, blocks: [block], rendered: [rendered] });
    }
  } else {
    for (const section of template.sections) {
      const blocks = [
        ...section.contents.flatMap((kind) =>
          paragraph.blocks.filter((block) => !underHeading(block) && contentKindOf(block) === kind),
        ),
        ...paragraph.blocks.filter((block) => block.type === 'summary' && block.sectionId === section.id),
      ];
      const rendered = blocks.map(render);
      const kept = blocks.filter((_block, index) => rendered[index]!.length > 0);
      if (kept.length > 0)
        runs.push({ section, blocks: kept, rendered: rendered.filter((blocks) => blocks.length > 0) });
    }
  }

  for (const { section, blocks, rendered } of runs) {
    const chosen = blocks.find((block) => 'heading' in block && block.heading !== undefined);
    const plural = chosen && 'heading' in chosen ? chosen.heading === 'plural' : blocks.length > 1;
    const heading: RenderBlock = {
      kind: 'heading',
      sectionId: section.id,
      text: plural && !section.headingPerBlock ? (section.headingPlural ?? section.heading) : section.heading,
    };
    if (section.headingPerBlock) for (const blockOutput of rendered) output.push(heading, ...blockOutput);
    else output.push(heading, ...rendered.flat());
  }
  return output;
}
