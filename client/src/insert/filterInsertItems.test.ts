import { describe, expect, it } from 'vitest';
import { filterInsertItems, foldForSearch } from './filterInsertItems';
import { INSERT_ITEMS } from './insertItems';

const labels = (query: string) => filterInsertItems(INSERT_ITEMS, query).map((item) => item.label);

describe('filterInsertItems', () => {
  it('offers every block for an empty query, in menu order', () => {
    expect(labels('')).toEqual(INSERT_ITEMS.map((item) => item.label));
    expect(labels('')).toHaveLength(20);
  });

  it('matches the start of the label first, with or without Swedish letters', () => {
    expect(labels('sär')).toEqual(['Särskilt uttalande']);
    expect(labels('sar')).toEqual(['Särskilt uttalande']);
    expect(labels('Överl')).toEqual(['Överläggningen avslutad']);
    expect(labels('res')).toEqual(['Reservation']);
  });

  it('finds blocks by a word of the label or by the words people use for them', () => {
    expect(labels('tillägg')).toEqual(['Numrerade tillägg', 'Skriftligt yrkande']);
    expect(labels('yrkande')).toEqual(['Yrkande vid sammanträdet', 'Förslag', 'Skriftligt yrkande']);
    expect(labels('omröstning')).toEqual(['Omröstning', 'Votering']);
    expect(labels('uttalande')).toEqual(['Särskilt uttalande']);
    // Label starts before keyword matches.
    expect(labels('be')).toEqual([
      'Beslutsmening',
      'Beslutsgång',
      'Förslag',
      'Deltar inte i beslutet',
      'Tidigare behandling',
    ]);
  });

  it('returns nothing for what matches nothing', () => {
    expect(labels('xyz')).toEqual([]);
  });
});

describe('foldForSearch', () => {
  it('lowers case and drops diacritics', () => {
    expect(foldForSearch('Ersättaryttrande ÖVER')).toBe('ersattaryttrande over');
  });
});
