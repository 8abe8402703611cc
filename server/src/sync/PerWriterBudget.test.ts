import { describe, expect, it } from 'vitest';
import { PerWriterBudget } from './PerWriterBudget';

describe('PerWriterBudget', () => {
  it('allows a burst per writer, then one more per refill period', () => {
    let now = 0;
    const budget = new PerWriterBudget(3, 1_000, () => now);
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
    const budget = new PerWriterBudget(2, 1_000, () => now);
    expect(budget.take('a')).toBe(true);
    now = 60_000;
    expect([1, 2, 3].map(() => budget.take('a'))).toEqual([true, true, false]);
  });

  it('spends an amount whole or not at all', () => {
    const budget = new PerWriterBudget(5, 1_000, () => 0);
    expect(budget.take('a', 4)).toBe(true);
    expect(budget.has('a', 2)).toBe(false);
    expect(budget.take('a', 2)).toBe(false);
    expect(budget.has('a', 1)).toBe(true);
    expect(budget.take('a', 1)).toBe(true);
  });
});
