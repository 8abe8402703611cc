import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedParagraph } from '../fixtures/seedParagraph';
import { parseTemplate } from '../template/parseTemplate';
import { stockholmDistrictBoardTemplate } from '../template/stockholmDistrictBoardTemplate';
import { findTemplateFitProblems } from './findTemplateFitProblems';
import { paragraphDocumentSchema } from './paragraphDocumentSchema';

const goteborg = parseTemplate(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../templates/goteborg-kommunstyrelsen.json'), 'utf8')),
);
const paragraph = () =>
  paragraphDocumentSchema.parse(
    JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/goteborg/2024-05-29-p505.json'), 'utf8')),
  );

describe('findTemplateFitProblems', () => {
  it('accepts the seed under its template and a Göteborg paragraph under its own', () => {
    expect(findTemplateFitProblems(seedParagraph, stockholmDistrictBoardTemplate)).toEqual([]);
    expect(findTemplateFitProblems(paragraph(), goteborg)).toEqual([]);
  });

  it('refuses what the organisation’s template cannot print or does not allow', () => {
    const other = paragraph();
    expect(findTemplateFitProblems(other, stockholmDistrictBoardTemplate)).toEqual([
      'Diarienumret "SLK-2023-01043" är inte skrivet som mallen kräver, t.ex. HL 2019/310.',
      'Protokollnumret "17" är inte skrivet som mallen kräver, t.ex. 8/2019.',
      'Ärendetypen saknas.',
      'Mallen "Stockholms stad – stadsdelsnämnd" har inget avsnitt för innehållet "earlierHandling".',
      'Mallen "Stockholms stad – stadsdelsnämnd" har inget avsnitt för innehållet "motion".',
      'Mallen "Stockholms stad – stadsdelsnämnd" har inget avsnitt för innehållet "propositions".',
      'Propositionsordningen använder hänvisningsformen "mover", som mallen inte har.',
      'Mallen "Stockholms stad – stadsdelsnämnd" har inget avsnitt för innehållet "voteRound".',
      'Omröstningen använder hänvisningsformen "definite", som mallen inte har.',
    ]);
  });

  it('checks mentions, counts and parties across blocks', () => {
    const broken = paragraph();
    const vote = broken.blocks.find((block) => block.type === 'voteRound')!;
    if (vote.type === 'voteRound') vote.counts = { yes: 8, no: 4, abstained: 0 };
    const motion = broken.blocks.find((block) => block.type === 'motion')!;
    if (motion.type === 'motion') motion.movers[0]!.party = 'Fi';
    const steps = broken.blocks.find((block) => block.type === 'propositions')!;
    if (steps.type === 'propositions' && steps.steps[0]!.step.type === 'betweenProposals') {
      steps.steps[0]!.step.winner = { to: 'saknas' };
    }
    expect(findTemplateFitProblems(broken, goteborg)).toEqual([
      'Propositionsordningen hänvisar till "saknas", som inte finns.',
      'Omröstningens antal för yes (8) stämmer inte med de 9 namngivna.',
      'Partiet "Fi" finns inte i nämndens partilista.',
    ]);
  });
});
