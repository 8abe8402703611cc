import { renderParagraph, renderPlainText, stockholmDistrictBoardTemplate as template } from '@yttra/domain';
import { seedParagraph } from '@yttra/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { markMissingNumbers } from './markMissingNumbers';

const textOf = (header: typeof seedParagraph.header) => {
  const paragraph = { ...seedParagraph, header };
  return renderPlainText(markMissingNumbers(renderParagraph(paragraph, template), header, template));
};

describe('markMissingNumbers', () => {
  it('leaves a paragraph with both numbers as it is', () => {
    expect(textOf(seedParagraph.header)).toBe(renderPlainText(renderParagraph(seedParagraph, template)));
  });

  it('prints placeholders instead of "§ 0" and an empty protocol number, under a draft mark', () => {
    const text = textOf({ ...seedParagraph.header, protocolNumber: '', paragraphNumber: 0 });
    expect(text.split('\n')[0]).toBe('UTKAST – protokollnummer och paragrafnummer saknas');
    expect(text).toContain('Protokoll nr [saknas]');
    expect(text).toContain('§ [saknas]');
    expect(text).not.toMatch(/§ 0|Protokoll nr \n/);
  });

  it('names only the number that is missing', () => {
    const text = textOf({ ...seedParagraph.header, paragraphNumber: 0 });
    expect(text.split('\n')[0]).toBe('UTKAST – paragrafnummer saknas');
    expect(text).toContain('Protokoll nr 8/2019');
  });
});
