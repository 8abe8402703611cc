import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplateFitProblems } from '../model/findTemplateFitProblems';
import { paragraphDocumentSchema } from '../model/paragraphDocumentSchema';
import type { RenderBlock } from '../render/renderBlock';
import { renderParagraph } from '../render/renderParagraph';
import { renderPlainText } from '../render/renderPlainText';
import { parseTemplate } from '../template/parseTemplate';
import { compareSentences } from './compareSentences';

/**
 * The 14 public Göteborg kommunstyrelse paragraphs (fixtures/goteborg/*.txt, as pdftotext extracted them), each
 * written as data in the versioned paragraph format (*.json) and printed by the one shipped Göteborg template.
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/goteborg');
const template = parseTemplate(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../templates/goteborg-kommunstyrelsen.json'), 'utf8')),
);
const ids = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -5))
  .sort();

/** The originals' own slips, corrected before comparing (as the seed's are, domain.md §4). */
const SLIPS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  // "stadsledningskontoret förslag": a missing genitive s.
  '2024-11-06-p894': [['bifalla stadsledningskontoret förslag', 'bifalla stadsledningskontorets förslag']],
};

function compare(id: string) {
  const original = readFileSync(join(FIXTURES, `${id}.txt`), 'utf8').split(/^-{20,}$/m)[1]!;
  const document = paragraphDocumentSchema.parse(JSON.parse(readFileSync(join(FIXTURES, `${id}.json`), 'utf8')));
  const problems = findTemplateFitProblems(document, template);
  const rendered = renderParagraph(document, template);
  const pageHeader = rendered[0] as Extract<RenderBlock, { kind: 'pageHeader' }>;
  const comparison = compareSentences(renderPlainText(rendered), original, {
    artefactLines: [...(pageHeader.lines ?? []), ...(pageHeader.footerLines ?? [])],
    slipCorrections: SLIPS[id] ?? [],
  });
  return { problems, comparison };
}

describe('the Göteborg kommunstyrelse paragraphs, from JSON and one template', () => {
  const results = ids.map((id) => ({ id, ...compare(id) }));

  it.each(results.map((result) => [result.id, result] as const))(
    '%s fits the template and reproduces the original',
    (_id, result) => {
      expect(result.problems).toEqual([]);
      expect({ missing: result.comparison.missing, unexpected: result.comparison.unexpected }).toEqual({
        missing: [],
        unexpected: [],
      });
      expect(result.comparison.equal).toBe(true);
    },
  );

  it('reproduces all 14 exactly (score printed)', () => {
    const exact = results.filter((result) => result.comparison.equal).length;
    const sentences = results.reduce((sum, result) => sum + result.comparison.expectedSentences, 0);
    const matching = results.reduce((sum, result) => sum + result.comparison.matchingSentences, 0);
    console.log(`Göteborg: ${exact}/${results.length} paragraphs exact, ${matching}/${sentences} sentences`);
    expect(results).toHaveLength(14);
    expect(exact).toBe(14);
  });
});
