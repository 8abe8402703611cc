import { compareWithSeed, type RenderBlock, renderPlainText } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { type PdfFonts, pdfFonts, standardPdfFonts } from './pdfFonts';
import { renderDocx } from './renderDocx';
import { renderHtml } from './renderHtml';
import { renderPdf } from './renderPdf';
import { extractDocxText } from './testSupport/extractDocxText';
import { extractHtmlText } from './testSupport/extractHtmlText';
import { extractPdfText } from './testSupport/extractPdfText';
import { seedFixture } from './testSupport/seedFixture';

/**
 * The acceptance check of every export format: the seed paragraph, rendered by the Stockholm template and exported,
 * read back as text the way a reader or a tool would (parser text content, mammoth, pdftotext), must reproduce the
 * seed protocol paragraph (compareWithSeed: whitespace, page-header lines and the seed's two slips tolerated).
 */
const { blocks, seedText } = seedFixture();
const options = {
  title: '§ 6 Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm',
};
const embeddedFonts = pdfFonts();

type ExportText = (blocks: RenderBlock[]) => Promise<string>;

/** The PDF is read both ways pdftotext reads: by position (its default) and in content-stream order (`-raw`). */
const pdfFontSets: ReadonlyArray<readonly [string, PdfFonts]> = [
  ['Times', standardPdfFonts],
  ...(embeddedFonts.kind === 'embedded' ? [['DejaVu Serif', embeddedFonts] as const] : []),
];
const pdfExporters = pdfFontSets.flatMap(([fontName, fonts]) =>
  (['reading', 'raw'] as const).map((mode): readonly [string, ExportText] => [
    `pdf, ${fontName} (pdftotext${mode === 'raw' ? ' -raw' : ''})`,
    async (input) => extractPdfText(await renderPdf(input, options, fonts), mode),
  ]),
);

const exporters: ReadonlyArray<readonly [string, ExportText]> = [
  ['txt', async (input) => renderPlainText(input)],
  ['html (text content)', async (input) => extractHtmlText(renderHtml(input, options))],
  ['docx (mammoth raw text)', async (input) => extractDocxText(await renderDocx(input, options))],
  ...pdfExporters,
];

/** The seed with one word changed in one block: "viktig" in the first addition becomes "väsentlig". */
function withChangedWord(): RenderBlock[] {
  return blocks.map((block) =>
    block.kind === 'numberedItem' && block.number === 1
      ? { ...block, text: block.text.replace('Det är viktigt', 'Det är väsentligt') }
      : block,
  );
}

describe.each(exporters)('the seed exported as %s', (_format, exportText) => {
  it('reproduces the seed protocol paragraph', async () => {
    const comparison = compareWithSeed(await exportText(blocks), seedText);
    expect(comparison.equal, `first difference: ${JSON.stringify(comparison.firstDifference)}`).toBe(true);
  });

  it('stops matching when one word in one block changes', async () => {
    const comparison = compareWithSeed(await exportText(withChangedWord()), seedText);
    expect(comparison).toMatchObject({
      equal: false,
      firstDifference: {
        expected: expect.stringContaining('1. Det är viktigt'),
        actual: expect.stringContaining('1. Det är väsentligt'),
      },
    });
  });
});
