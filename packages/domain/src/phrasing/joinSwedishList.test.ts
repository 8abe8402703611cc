import { describe, expect, it } from 'vitest';
import { joinSwedishList } from './joinSwedishList';

describe('joinSwedishList', () => {
  it('joins with commas and a final "och", without a serial comma', () => {
    expect(joinSwedishList(['A', 'B', 'C'])).toBe('A, B och C');
    expect(joinSwedishList(['A', 'B', 'C', 'D'])).toBe('A, B, C och D');
  });

  it('joins two items with the conjunction alone and leaves one item as it is', () => {
    expect(joinSwedishList(['A', 'B'])).toBe('A och B');
    expect(joinSwedishList(['A'])).toBe('A');
    expect(joinSwedishList([])).toBe('');
  });

  it('takes another conjunction', () => {
    expect(joinSwedishList(['yrkandet', 'propositionsordningen', 'beslutet'], 'samt')).toBe(
      'yrkandet, propositionsordningen samt beslutet',
    );
  });
});
