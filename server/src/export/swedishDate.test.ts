import { describe, expect, it } from 'vitest';
import { swedishDate } from './swedishDate';

describe('swedishDate', () => {
  it('writes the day, the month in words and the year', () => {
    expect(swedishDate(Date.UTC(2019, 7, 29, 12))).toBe('29 augusti 2019');
  });

  it('takes the day in Stockholm, not in UTC', () => {
    expect(swedishDate(Date.UTC(2019, 11, 31, 23, 30))).toBe('1 januari 2020');
  });
});
