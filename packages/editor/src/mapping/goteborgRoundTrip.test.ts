import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ParagraphBlock, paragraphDocumentSchema, parseTemplate, renderParagraph } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { contentFromParagraph } from '../content/contentFromParagraph';
import { paragraphFromContent } from './paragraphFromContent';

/**
 * Every procedure construct of the Göteborg paragraphs survives the editor document: domain → document → domain
 * gives the same paragraph and the same rendering (the second vote round stays after the first, the attachment list
 * where it stood).
 */
const fixtures = join(import.meta.dirname, '../../../domain/src/fixtures/goteborg');
const template = parseTemplate(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../templates/goteborg-kommunstyrelsen.json'), 'utf8')),
);
const registry = { 'goteborg-kommunstyrelsen': template };
const files = readdirSync(fixtures).filter((file) => file.endsWith('.json'));

describe('Göteborg paragraphs through the editor document', () => {
  it.each(files)('%s maps to a document and back unchanged', (file) => {
    const { format, version, templateId, ...paragraph } = paragraphDocumentSchema.parse(
      JSON.parse(readFileSync(join(fixtures, file), 'utf8')),
    );
    const content = contentFromParagraph(paragraph, template, { templateId: templateId! });
    const back = paragraphFromContent(content, registry);
    expect(back.problems).toEqual([]);
    expect(renderParagraph(back.paragraph, template)).toEqual(renderParagraph(paragraph, template));
    // Written proposals are only mentioned, never printed: where they stand among the blocks carries no meaning.
    const mentionedFirst = (blocks: ParagraphBlock[]) => [
      ...blocks.filter((block) => block.type === 'writtenProposal'),
      ...blocks.filter((block) => block.type !== 'writtenProposal'),
    ];
    expect({ ...back.paragraph, blocks: mentionedFirst(back.paragraph.blocks) }).toEqual({
      ...paragraph,
      blocks: mentionedFirst(paragraph.blocks),
    });
  });
});
