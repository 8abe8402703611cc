import { describe, expect, it } from 'vitest';
import { CopyCheckBudget } from './CopyCheckBudget';

describe('CopyCheckBudget', () => {
  it('allows a burst per writer, then one check per refill period', () => {
    let now = 0;
    const budget = new CopyCheckBudget(() => now, 3, 1_000);
    expect([1, 2, 3, 4].map(() => budget.take('a'))).toEqual([true, true, true, false]);
    // Another writer has a budget of its own.
    expect(budget.take('b')).toBe(true);
    now = 999;
    expect(budget.take('a')).toBe(false);
    now = 1_000;
    expect(budget.take('a')).toBe(true);
    expect(budget.take('a')).toBe(false);
  });

  it('refills no further than the burst', () => {
    let now = 0;
    const budget = new CopyCheckBudget(() => now, 2, 1_000);
    expect(budget.take('a')).toBe(true);
    now = 60_000;
    expect([1, 2, 3].map(() => budget.take('a'))).toEqual([true, true, false]);
  });
});
