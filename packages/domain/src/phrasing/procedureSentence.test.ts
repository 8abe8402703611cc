import { describe, expect, it } from 'vitest';
import { seedParagraph } from '../fixtures/seedParagraph';
import type { ProposalBlock, Vote } from '../model/paragraphBlockSchema';
import { stockholmDistrictBoardTemplate as template } from '../template/stockholmDistrictBoardTemplate';
import { procedureSentence } from './procedureSentence';
import { voteSentences } from './voteSentences';

const proposals = seedParagraph.blocks.filter((block): block is ProposalBlock => block.type === 'proposal');
const member = (name: string, party: string, role?: string) => ({
  name,
  party,
  andOthers: false,
  ...(role ? { role } : {}),
});

describe('procedureSentence', () => {
  it('names the winning proposal by its parties', () => {
    expect(procedureSentence({ type: 'decisionProcedure', winningProposal: 'l-m-mp-c' }, proposals, template)).toBe(
      'Ordföranden ställde förslagen mot varandra och fann att nämnden ställde sig bakom förslaget från (L), (M), (MP) och (C).',
    );
    expect(
      procedureSentence({ type: 'decisionProcedure', winningProposal: 'administration' }, proposals, template),
    ).toBe('Ordföranden ställde förslagen mot varandra och fann att nämnden ställde sig bakom förvaltningens förslag.');
  });
});

describe('voteSentences', () => {
  const vote: Vote = {
    yesFor: 'l-m-mp-c',
    noFor: 'administration',
    yes: [member('Abit Dundar', 'L'), member('Karin Berg', 'M', 'tjänstgörande ersättare')],
    no: [member('Eva Fagerhem', 'S')],
    abstained: [],
    counts: { yes: 2, no: 1, abstained: 0 },
  };

  it('records the proposition, the named lists with serving substitutes marked, and the result', () => {
    expect(voteSentences(vote, 'l-m-mp-c', proposals, template)).toEqual([
      'Votering begärdes. Ordföranden ställde proposition med Ja för förslaget från (L), (M), (MP) och (C) och Nej för förvaltningens förslag.',
      'Följande röstade Ja (2): Abit Dundar (L) och tjänstgörande ersättare Karin Berg (M).',
      'Följande röstade Nej (1): Eva Fagerhem (S).',
      'Omröstningen utföll med Ja 2, Nej 1 och 0 som avstod. Nämnden beslutade därmed enligt förslaget från (L), (M), (MP) och (C).',
    ]);
  });

  it('leaves the named lists out when only counts were recorded', () => {
    const countsOnly: Vote = { ...vote, yes: [], no: [], counts: { yes: 7, no: 4, abstained: 2 } };
    expect(voteSentences(countsOnly, 'l-m-mp-c', proposals, template)).toEqual([
      'Votering begärdes. Ordföranden ställde proposition med Ja för förslaget från (L), (M), (MP) och (C) och Nej för förvaltningens förslag.',
      'Omröstningen utföll med Ja 7, Nej 4 och 2 som avstod. Nämnden beslutade därmed enligt förslaget från (L), (M), (MP) och (C).',
    ]);
  });
});
