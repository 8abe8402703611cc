import { describe, expect, it } from 'vitest';
import { toWinAnsi } from './toWinAnsi';

describe('toWinAnsi', () => {
  it('keeps Swedish letters, Latin-1 and the typographic characters of WinAnsi', () => {
    const text = 'ÅÄÖåäö éü § « » – — “ ” ‘ ’ … € ™ Œ š';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('replaces every other code point, emoji and control characters included, by one question mark', () => {
    expect(toWinAnsi('a😀b Ωx\u0007y 👩‍👩‍👧')).toBe('a?b ?x?y ?????');
  });
});
