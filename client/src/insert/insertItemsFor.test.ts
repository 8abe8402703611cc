import { describe, expect, it } from 'vitest';
import { INSERT_ITEMS } from './insertItems';
import { insertItemsFor } from './insertItemsFor';

const labels = (shape: Parameters<typeof insertItemsFor>[0]) => insertItemsFor(shape).map((item) => item.label);

describe('what Infoga offers', () => {
  it('offers the paragraph every block', () => {
    expect(insertItemsFor('protocol')).toEqual(INSERT_ITEMS);
  });

  it('offers a party proposal only its own decision text, and no administrator block', () => {
    expect(labels('proposal')).toEqual(['Beslutsmening', 'Numrerade tillägg']);
    for (const shape of ['proposal', 'statement', 'reservation'] as const) {
      for (const admin of ['Beslutsgång', 'Votering', 'Överläggningen avslutad', 'Handlingar']) {
        expect(labels(shape)).not.toContain(admin);
      }
    }
  });

  it('offers statements and reservations nothing to insert', () => {
    expect(labels('statement')).toEqual([]);
    expect(labels('reservation')).toEqual([]);
  });
});
