import { describe, expect, it } from 'vitest';
import { stockholmDate } from './stockholmDate';

describe('stockholmDate', () => {
  it('names the Swedish day of an instant, not the UTC one', () => {
    expect(stockholmDate(Date.parse('2025-12-28T23:30:00Z'))).toBe('2025-12-29');
    expect(stockholmDate(Date.parse('2025-06-30T22:30:00Z'))).toBe('2025-07-01');
    expect(stockholmDate(Date.parse('2025-06-30T21:30:00Z'))).toBe('2025-06-30');
  });
});
