import type { RenderBlock } from '@yttra/domain';
import PDFDocument from 'pdfkit';
import { createPdfWriter, type PdfParagraph } from './createPdfWriter';
import { type ExportOptions, languageTags } from './exportOptions';
import { findBlock } from './findBlock';
import { mapBlockText } from './mapBlockText';
import { type PdfFonts, pdfFonts } from './pdfFonts';
import { removeXmlInvalidCharacters } from './removeXmlInvalidCharacters';
import { toWinAnsi } from './toWinAnsi';

/** Width of the hanging indent that holds an addition's number or an attachment's continuation lines, in points. */
const HANGING_INDENT = 22;
const QUOTE_INDENT = 28;

/**
 * The PDF export: A4 pages with the page header as a running header on every page (as the printed protocol has
 * it), then the paragraph's header fields, headings in bold, additions with their numbers in a hanging indent, and
 * quotes indented. The text is real, extractable text, broken at spaces only.
 *
 * Fonts: DejaVu Serif embedded when installed (Latin, Greek, Cyrillic…; characters it has no glyph for, such as
 * emoji, print as its missing-glyph box and are absent from the extracted text), else the standard Times, in which
 * characters outside WinAnsi print as '?' (see `pdfFonts`, `toWinAnsi`).
 */
export async function renderPdf(
  blocks: readonly RenderBlock[],
  options: ExportOptions,
  fonts: PdfFonts = pdfFonts(),
): Promise<Buffer> {
  // Standard fonts encode WinAnsi only; embedded ones draw what they have glyphs for and a box for the rest, but
  // control characters and broken surrogates are no text in any font.
  const printableText = fonts.kind === 'standard' ? toWinAnsi : removeXmlInvalidCharacters;
  const printable = blocks.map((block) => mapBlockText(block, printableText));
  const title = printableText(options.title);
  const pageHeader = findBlock(printable, 'pageHeader');

  const doc = new PDFDocument({
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    // PDF/A forbids fonts that are not embedded, so only a PDF with DejaVu embedded can claim it.
    ...(fonts.kind === 'embedded' ? { subset: 'PDF/A-2a' as const } : {}),
    lang: languageTags[options.lang ?? 'sv'].document,
    displayTitle: true,
    info: { Title: title, Author: pageHeader?.board ?? '', Creator: 'Yttra', Producer: 'Yttra' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  if (fonts.kind === 'embedded') {
    // Registered under their paths, so the writer selects embedded and standard fonts alike by `fonts.regular`.
    doc.registerFont(fonts.regular, fonts.regular);
    doc.registerFont(fonts.bold, fonts.bold);
  }
  const runningHeader =
    pageHeader === undefined ? [] : [`${pageHeader.board} ${pageHeader.protocol}`, pageHeader.meetingDate];
  const writer = createPdfWriter(doc, fonts, runningHeader);
  printable.forEach((block, index) => {
    for (const paragraph of toPdfParagraphs(block, printable[index + 1])) writer.paragraph(paragraph);
  });
  writer.finish();
  doc.end();
  return finished;
}

/** `next` decides the spacing: header fields and attachment rows sit tight, as in the printed protocol. */
function toPdfParagraphs(block: RenderBlock, next: RenderBlock | undefined): PdfParagraph[] {
  const paragraphGap = 0.7;
  switch (block.kind) {
    case 'pageHeader':
      // Printed as the running header of every page.
      return [];
    case 'paragraphNumber':
      // A wider space: text extractors that infer spaces from glyph gaps (poppler, and so Evince's copy) would
      // otherwise read a lone short line such as "§ 6" as "§6".
      return [{ text: block.text, structure: { tag: 'H1' }, style: { bold: true, scale: 1.15, wordSpacing: 0.25 } }];
    case 'title':
      return [{ text: block.text, structure: { tag: 'H1' }, style: { bold: true, scale: 1.15 } }];
    case 'matterKind':
      return [{ text: block.text, structure: { tag: 'P' } }];
    case 'caseNumber':
      return [{ text: block.text, structure: { tag: 'P' }, spaceAfter: next?.kind === 'heading' ? 0.6 : 0 }];
    case 'heading':
      return [
        {
          text: block.text,
          structure: { tag: 'H2' },
          style: { bold: true },
          spaceBefore: 0.9,
          spaceAfter: 0.2,
          keepWithNext: 2,
        },
      ];
    case 'text':
      return [{ text: block.text, structure: { tag: 'P' }, spaceAfter: paragraphGap }];
    case 'numberedItem':
      return [
        {
          text: block.text,
          structure: { tag: 'LI' },
          label: `${block.number}.`,
          hanging: HANGING_INDENT,
          spaceAfter: paragraphGap,
        },
      ];
    case 'quote':
      return block.paragraphs.map((text, index) => ({
        text,
        structure: { tag: 'P', inQuote: true, startsGroup: index === 0 },
        indent: QUOTE_INDENT,
        spaceAfter: paragraphGap,
      }));
    case 'attachment': {
      const status = block.status === undefined ? '' : ` (${block.status})`;
      return [
        {
          text: `${block.documentNumber}${status} ${block.title}`,
          structure: { tag: 'LI' },
          // Continuation lines hang under the first line's text, so each row's number stands out.
          hanging: HANGING_INDENT,
          spaceAfter: next?.kind === 'attachment' ? 0.25 : paragraphGap,
        },
      ];
    }
  }
}
