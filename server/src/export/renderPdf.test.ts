import type { RenderBlock } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import { pdfFonts, standardPdfFonts } from './pdfFonts';
import { renderPdf } from './renderPdf';
import { extractPdfText } from './testSupport/extractPdfText';
import { pdfInfo } from './testSupport/pdfInfo';
import { sampleBlocks } from './testSupport/sampleBlocks';

const embeddedFonts = pdfFonts();
/** Every test runs with the standard fonts, and with DejaVu Serif where fonts-dejavu-core is installed. */
const fontSets = [
  ['standard Times', standardPdfFonts],
  ...(embeddedFonts.kind === 'embedded' ? [['embedded DejaVu Serif', embeddedFonts] as const] : []),
] as const;

/** Enough text for several pages: words with inner hyphens and slashes, which must never be split. */
function longBlocks(): RenderBlock[] {
  const sentence =
    'Hägersten-Liljeholmens stadsdelsnämnd ser individer/situationer och relations- och strukturkapital.';
  return [
    ...sampleBlocks().slice(0, 6),
    ...Array.from(
      { length: 12 },
      (_, index): RenderBlock => ({
        kind: 'numberedItem',
        number: index + 1,
        text: Array.from({ length: 12 }, () => sentence).join(' '),
      }),
    ),
  ];
}

describe.each(fontSets)('renderPdf with %s', (_name, fonts) => {
  it('is an A4 PDF titled in its metadata, in Swedish', async () => {
    const pdf = await renderPdf(sampleBlocks(), { title: '§ 3 Titel på ärendet' }, fonts);
    const { fields } = await pdfInfo(pdf);
    expect(fields.Title).toBe('§ 3 Titel på ärendet');
    expect(fields['Page size']).toMatch(/\(A4\)/);
    expect(pdf.toString('latin1')).toContain('/Lang (sv-SE)');
  });

  it('is tagged: headings, lists with their numbers and quotes in reading order, the running header left out', async () => {
    const { fields, structure } = await pdfInfo(await renderPdf(longBlocks(), { title: 'x' }, fonts));
    expect(fields.Tagged).toBe('yes');
    const lines = structure.split('\n');
    expect(lines[0]).toBe('Document');
    expect(lines).toContain('  H2 (block)');
    const list = lines.indexOf('  L (block)');
    expect(lines.slice(list + 1, list + 5)).toEqual([
      '    LI (block)',
      '      Lbl (block)',
      '        "1."',
      '      LBody (block)',
    ]);
    expect(lines.filter((line) => line === '    LI (block)').length).toBeGreaterThanOrEqual(12);
    const quote = await pdfInfo(await renderPdf(sampleBlocks(), { title: 'x' }, fonts));
    expect(quote.structure).toContain('  BlockQuote\n    P (block)\n      ""Första stycket."');
    // The running header is a pagination artifact: printed on every page, never part of the text read aloud.
    expect(structure).not.toContain('Protokoll nr 1/2024');
  }, 30_000);

  it('prints the page header at the top of every page', async () => {
    const pdf = await renderPdf(longBlocks(), { title: 'x' }, fonts);
    const pages = (await extractPdfText(pdf, 'raw')).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages)
      expect(page.split('\n').slice(0, 2)).toEqual(['Nämnden Protokoll nr 1/2024', '2024-02-01']);
  });

  it('breaks lines at spaces only, so hyphenated and slashed words come out whole', async () => {
    const blocks = longBlocks();
    const text = await extractPdfText(await renderPdf(blocks, { title: 'x' }, fonts), 'raw');
    const lines = text.split('\n');
    expect(lines.some((line) => /\S-$|\/$/.test(line) && !line.endsWith('relations-'))).toBe(false);
    const words = text.split(/\s+/);
    expect(words.filter((word) => word === 'Hägersten-Liljeholmens')).toHaveLength(12 * 12);
    expect(words.filter((word) => word === 'individer/situationer')).toHaveLength(12 * 12);
  });

  it('keeps the numbers of additions with their text and prints Swedish letters', async () => {
    const text = await extractPdfText(await renderPdf(sampleBlocks(), { title: 'x' }, fonts), 'raw');
    expect(text).toContain('1. Första tillägget.\n2. Andra tillägget.');
    expect(text).toContain('KS 2024/12-2 (Godkänd) Tjänsteutlåtande');
    expect(text).toContain('Särskilt uttalande');
  });

  it('does not crash on markup characters, emoji and control characters', async () => {
    const odd = `<script>&"'</script> 😀 Жж\u0007 ÅÄÖ`;
    const blocks: RenderBlock[] = [
      { kind: 'pageHeader', board: odd, protocol: odd, meetingDate: odd },
      { kind: 'title', text: odd },
      { kind: 'text', text: odd },
    ];
    const text = await extractPdfText(await renderPdf(blocks, { title: odd }, fonts), 'raw');
    expect(text).toContain(`<script>&"'</script>`);
    expect(text).toContain('ÅÄÖ');
    // Standard fonts print what WinAnsi lacks as '?'; DejaVu has Cyrillic but no emoji, which extracts as nothing.
    expect(text).toContain(fonts.kind === 'standard' ? '? ??? ÅÄÖ' : 'Жж ÅÄÖ');
  });
});

describe('pdfFonts', () => {
  it('falls back to the standard fonts where the TrueType files are missing', () => {
    expect(pdfFonts('/nonexistent')).toBe(standardPdfFonts);
  });

  it.skipIf(embeddedFonts.kind !== 'embedded')(
    'identifies itself as PDF/A-2a when its fonts are embedded',
    async () => {
      const { metadata, fields } = await pdfInfo(await renderPdf(sampleBlocks(), { title: '§ 3 Titel' }));
      expect(metadata).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(metadata).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
      expect(metadata).toContain('§ 3 Titel');
      expect(fields['PDF version']).toBe('1.7');
    },
  );

  it('claims no PDF/A conformance with the standard fonts, which PDF/A forbids unembedded', async () => {
    const { metadata } = await pdfInfo(await renderPdf(sampleBlocks(), { title: 'x' }, standardPdfFonts));
    expect(metadata).not.toContain('pdfaid');
  });

  it.skipIf(embeddedFonts.kind !== 'embedded')('embeds DejaVu Serif, subset, where it is installed', async () => {
    const { fonts } = await pdfInfo(await renderPdf(sampleBlocks(), { title: 'x' }));
    // Subset fonts are named with a six-letter tag before the font's name.
    expect(fonts.every((name) => /^[A-Z]{6}\+/.test(name))).toBe(true);
    expect(fonts.map((name) => name.slice(7)).sort()).toEqual(['DejaVuSerif', 'DejaVuSerif-Bold']);
  });
});
