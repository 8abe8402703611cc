import { describe, expect, it } from 'vitest';
import { escapeCssString } from './escapeCssString';

describe('escapeCssString', () => {
  it('quotes plain Swedish text as it is', () => {
    expect(escapeCssString('Hägersten-Liljeholmens stadsdelsnämnd Protokoll nr 8/2019')).toBe(
      '"Hägersten-Liljeholmens stadsdelsnämnd Protokoll nr 8/2019"',
    );
  });

  it('hex-escapes quotes, backslashes and angle brackets, so neither the string nor <style> can be closed', () => {
    expect(escapeCssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c /style\\3e "');
  });

  it('escapes line breaks, which CSS strings cannot hold', () => {
    expect(escapeCssString('a\nb')).toBe('"a\\a b"');
  });
});
