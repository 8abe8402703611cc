import { describe, expect, it } from 'vitest';
import { parsePeopleList } from './parsePeopleList';

const roles = {
  ordforande: { singular: 'ordföranden', plural: 'ordförandena' },
  tjanstgorandeErsattare: { singular: 'tjänstgörande ersättaren', plural: 'tjänstgörande ersättarna' },
};

describe('parsePeopleList', () => {
  it('reads a vote list with roles, singular and plural, as the protocol prints it', () => {
    const { people, leftOver } = parsePeopleList(
      'Axel Josefson (M), Elisabet Lann (KD) samt tjänstgörande ersättarna Nina Miskovsky (M) och Anneli Rhedin (M)',
      roles,
    );
    expect(people).toEqual([
      { name: 'Axel Josefson', party: 'M', andOthers: false },
      { name: 'Elisabet Lann', party: 'KD', andOthers: false },
      { name: 'Nina Miskovsky', party: 'M', andOthers: false, role: 'tjanstgorandeErsattare' },
      { name: 'Anneli Rhedin', party: 'M', andOthers: false, role: 'tjanstgorandeErsattare' },
    ]);
    expect(leftOver).toBe('');
  });

  it('ends a singular role at its person, and reads m fl', () => {
    const { people } = parsePeopleList(
      'tjänstgörande ersättaren Marie Brynolfsson (V) och ordföranden Jonas Attenius (S), Axel Josefson m fl (M)',
      roles,
    );
    expect(people).toEqual([
      { name: 'Marie Brynolfsson', party: 'V', andOthers: false, role: 'tjanstgorandeErsattare' },
      { name: 'Jonas Attenius', party: 'S', andOthers: false, role: 'ordforande' },
      { name: 'Axel Josefson', party: 'M', andOthers: true },
    ]);
  });

  it('returns what is not a person as left over', () => {
    const { people, leftOver } = parsePeopleList('Daniel Bernmar (V), någon utan parti', roles);
    expect(people).toHaveLength(1);
    expect(leftOver).toBe('någon utan parti');
  });
});
