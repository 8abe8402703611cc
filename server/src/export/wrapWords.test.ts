import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrapWords';

/** One unit per character, so widths are easy to reason about. */
const length = (text: string) => [...text].length;

describe('wrapWords', () => {
  it('fills lines greedily and breaks at spaces', () => {
    expect(wrapWords('aaa bbb ccc ddd', 7, length)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('never breaks after a hyphen or slash inside a word', () => {
    expect(wrapWords('x Hägersten-Liljeholmens individer/situationer', 24, length)).toEqual([
      'x Hägersten-Liljeholmens',
      'individer/situationer',
    ]);
  });

  it('keeps words joined by a no-break space together, and collapses other whitespace', () => {
    expect(wrapWords('aaaa 27\u00a0§  b\nc', 6, length)).toEqual(['aaaa', '27\u00a0§ b', 'c']);
  });

  it('cuts a word longer than the line by characters, as the only way to keep it on the page', () => {
    expect(wrapWords('ab abcdefgh', 4, length)).toEqual(['ab', 'abcd', 'efgh']);
  });

  it('gives the first line its own width (a hanging indent)', () => {
    expect(wrapWords('aa bb cc dd', 5, length, 8)).toEqual(['aa bb cc', 'dd']);
  });

  it('returns no lines for empty or blank text', () => {
    expect(wrapWords('', 10, length)).toEqual([]);
    expect(wrapWords('  \n ', 10, length)).toEqual([]);
  });
});
