import { describe, expect, it } from 'vitest';
import { swedishDateInWords } from './swedishDateInWords';
import { swedishGenitive } from './swedishGenitive';
import { swedishNumberWord } from './swedishNumberWord';

describe('Swedish word forms', () => {
  it('adds a genitive s, except after s, x and z', () => {
    expect(swedishGenitive('Jenny Broman')).toBe('Jenny Bromans');
    expect(swedishGenitive('Axel Josefson')).toBe('Axel Josefsons');
    expect(swedishGenitive('Jonas')).toBe('Jonas');
    expect(swedishGenitive('Max')).toBe('Max');
    expect(swedishGenitive('Inez')).toBe('Inez');
    expect(swedishGenitive('Viktoria Tryggvadottir Rolka')).toBe('Viktoria Tryggvadottir Rolkas');
  });
  it('writes dates in words', () => {
    expect(swedishDateInWords('2024-11-22')).toBe('22 november 2024');
    expect(swedishDateInWords('2025-05-05')).toBe('5 maj 2025');
    expect(() => swedishDateInWords('2025-13-01')).toThrow();
  });
  it('writes small numbers in words', () => {
    expect(swedishNumberWord(1)).toBe('en');
    expect(swedishNumberWord(1, true)).toBe('ett');
    expect(swedishNumberWord(2)).toBe('två');
    expect(swedishNumberWord(14)).toBe('14');
  });
});
