import { describe, expect, it } from 'vitest';
import { removeXmlInvalidCharacters } from './removeXmlInvalidCharacters';

describe('removeXmlInvalidCharacters', () => {
  it('drops control characters (C0 and C1), U+FFFE/FFFF and lone surrogates', () => {
    expect(removeXmlInvalidCharacters('a\u0000b\u0007c\u001fd\ufffee\uffff f\ud800g\udc00h\u0085i')).toBe('abcde fghi');
  });

  it('keeps tabs, line breaks, emoji and every other character', () => {
    const text = 'a\tb\nc\r <>&"\' 😀 Åå Жж';
    expect(removeXmlInvalidCharacters(text)).toBe(text);
  });
});
