import { type ProposalBlock, stockholmDistrictBoardTemplate as template } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { administrationChoice, proposalChoices, withCurrentValue } from './proposalChoices';

const proposal = (id: string, parties: string[]): ProposalBlock => ({
  type: 'proposal',
  id,
  kind: 'own',
  proposers: parties.map((party, index) => ({ name: `Person ${index}`, party, andOthers: false })),
  paragraphs: [],
  additions: [],
});

describe('proposalChoices', () => {
  it('names proposals by their parties, as the protocol does', () => {
    expect(proposalChoices([proposal('a', ['L', 'M', 'MP', 'C']), proposal('b', ['V'])], template)).toEqual([
      { value: 'a', label: 'Förslaget från (L), (M), (MP) och (C)' },
      { value: 'b', label: 'Förslaget från (V)' },
    ]);
  });

  it('tells apart proposals that would read alike, and names one without proposers', () => {
    expect(proposalChoices([proposal('a', ['S']), proposal('b', []), proposal('c', ['S'])], template)).toEqual([
      { value: 'a', label: 'Förslaget från (S) (förslag 1)' },
      { value: 'b', label: 'Förslag utan förslagsställare' },
      { value: 'c', label: 'Förslaget från (S) (förslag 3)' },
    ]);
  });
});

describe('administrationChoice and withCurrentValue', () => {
  it('offers the administration’s proposal in the template’s words', () => {
    expect(administrationChoice(template)).toEqual({ value: 'administration', label: 'Förvaltningens förslag' });
  });

  it('keeps a reference to a proposal that is gone visible as such', () => {
    const choices = [{ value: '', label: 'Inget förslag' }];
    expect(withCurrentValue(choices, '')).toEqual(choices);
    expect(withCurrentValue(choices, 'gone')).toEqual([
      ...choices,
      { value: 'gone', label: 'Ett förslag som inte längre finns' },
    ]);
  });
});
