import { describe, expect, it } from 'vitest';
import { seedParagraph } from '../fixtures/seedParagraph';
import type { ProposalBlock } from '../model/paragraphBlockSchema';
import { stockholmDistrictBoardTemplate as template } from '../template/stockholmDistrictBoardTemplate';
import { proposalReference } from './proposalReference';
import { proposalSentence } from './proposalSentence';

const proposals = seedParagraph.blocks.filter((block): block is ProposalBlock => block.type === 'proposal');
const [majority, opposition] = proposals as [ProposalBlock, ProposalBlock];

describe('proposalSentence', () => {
  it('phrases an own proposal and one for the administration’s proposal as the seed does', () => {
    expect(proposalSentence(majority, template)).toBe(
      'Abit Dundar (L), Anette Hellström m.fl. (M), Lara Siadat (MP) och Johan Vesterlund (C) lade fram ett förslag och föreslog att nämnden skulle ställa sig bakom det.',
    );
    expect(proposalSentence(opposition, template)).toBe(
      'Maria Ljuslin m.fl. (V), Eva Fagerhem m.fl. (S) och Henrik Åkerlund (SD) föreslog att nämnden skulle besluta enligt förvaltningens förslag.',
    );
  });

  it('offers the party abbreviations to patterns that name parties instead of people', () => {
    const byParties = {
      ...template,
      phrases: {
        ...template.phrases,
        proposalAdministration: '{partyAbbreviations} yrkade bifall till förvaltningens förslag.',
      },
    };
    expect(proposalSentence(opposition, byParties)).toBe('V, S och SD yrkade bifall till förvaltningens förslag.');
  });
});

describe('proposalReference', () => {
  it('names a party proposal by its parties, and the administration’s proposal by the fixed phrase', () => {
    expect(proposalReference('l-m-mp-c', proposals, template)).toBe('förslaget från (L), (M), (MP) och (C)');
    expect(proposalReference('administration', proposals, template)).toBe('förvaltningens förslag');
  });

  it('throws on a reference to a proposal that is not there', () => {
    expect(() => proposalReference('saknas', proposals, template)).toThrowError(
      'Förslaget "saknas" finns inte i paragrafen.',
    );
  });
});
