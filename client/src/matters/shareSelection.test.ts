import { describe, expect, it } from 'vitest';
import { initialShareSelection, ownerNames, shareRequest } from './shareSelection';

const groups = [
  { id: 'hl-s', organisationId: 'hl', partyAbbreviation: 'S', name: 'Socialdemokraterna (S)' },
  { id: 'hl-m', organisationId: 'hl', partyAbbreviation: 'M', name: 'Moderaterna (M)' },
  { id: 'hl-l', organisationId: 'hl', partyAbbreviation: 'L', name: 'Liberalerna (L)' },
];

describe('sharing a draft', () => {
  it('starts from the current owners and always holds the own group', () => {
    expect([...initialShareSelection([], 'hl-m')]).toEqual(['hl-m']);
    expect([...initialShareSelection(['hl-m', 'hl-l'], 'hl-m')].sort()).toEqual(['hl-l', 'hl-m']);
  });

  it('sends the chosen groups in the board’s order, never without the own group, never unknown ids', () => {
    expect(shareRequest(new Set(['hl-l', 'elsewhere']), groups, 'hl-m')).toEqual(['hl-m', 'hl-l']);
    expect(shareRequest(new Set(), groups, 'hl-m')).toEqual(['hl-m']);
  });
});

describe('ownerNames', () => {
  it('names the own group first, then the others in the board’s order', () => {
    const owners = [
      { id: 'hl-l', name: 'Liberalerna (L)' },
      { id: 'hl-m', name: 'Moderaterna (M)' },
      { id: 'hl-s', name: 'Socialdemokraterna (S)' },
    ];
    expect(ownerNames(owners, groups, 'hl-m')).toEqual([
      'Moderaterna (M)',
      'Socialdemokraterna (S)',
      'Liberalerna (L)',
    ]);
    expect(ownerNames(owners, groups, null)).toEqual(['Socialdemokraterna (S)', 'Moderaterna (M)', 'Liberalerna (L)']);
  });
});
