import { describe, expect, it } from 'vitest';
import { contentDisposition } from './contentDisposition';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name as filename*', () => {
    expect(contentDisposition('HL-2019-310-§6.pdf')).toBe(
      `attachment; filename="HL-2019-310-p6.pdf"; filename*=UTF-8''HL-2019-310-%C2%A76.pdf`,
    );
  });

  it('strips Swedish diacritics in the fallback', () => {
    expect(contentDisposition('Årsmöte-Ö.txt')).toBe(
      `attachment; filename="Arsmote-O.txt"; filename*=UTF-8''%C3%85rsm%C3%B6te-%C3%96.txt`,
    );
  });

  it('cannot be broken out of: quotes, backslashes and line breaks never reach the header unescaped', () => {
    const value = contentDisposition('a"b\\c\r\nd\'(e)*.pdf');
    expect(value).toBe(`attachment; filename="a_b_c__d'(e)*.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0Ad%27%28e%29%2A.pdf`);
    expect(value).not.toMatch(/[\r\n]/);
  });
});
