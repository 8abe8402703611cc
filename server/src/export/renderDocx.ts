import type { RenderBlock } from '@yttra/domain';
import { Document, Header, HeadingLevel, Packer, Paragraph, type ParagraphChild, Tab, TextRun } from 'docx';
import { createWordRunWriter } from './createWordRunWriter';
import { type ExportOptions, languageTags } from './exportOptions';
import { findBlock } from './findBlock';
import { mapBlockText } from './mapBlockText';
import { removeXmlInvalidCharacters } from './removeXmlInvalidCharacters';

/** Word measures in twentieths of a point (twips) and font sizes in half points. */
const TWIPS_PER_MM = 1440 / 25.4;
const A4 = { width: Math.round(210 * TWIPS_PER_MM), height: Math.round(297 * TWIPS_PER_MM) };
const FONT = 'Times New Roman';
/** Numbered additions and attachment rows hang their continuation lines under the text, not under the number. */
const HANGING_INDENT = 425;
const QUOTE_INDENT = 567;
const PARAGRAPH_SPACING = { after: 160 };

/**
 * The DOCX export. The page header is a real Word header, repeated on every page like the printed protocol's; the
 * title is Heading 1 and section headings Heading 2, so Word's navigation pane shows the paragraph's structure.
 *
 * Numbered additions are paragraphs that start with their literal number ("1." and a tab, with a hanging indent)
 * rather than Word list numbering: protocols cite additions by number, a pasted or reordered Word list would
 * renumber them silently, and text readers (mammoth among them) drop automatic list numbers altogether.
 */
export async function renderDocx(blocks: readonly RenderBlock[], options: ExportOptions): Promise<Buffer> {
  const language = languageTags[options.lang ?? 'sv'].document;
  const printable = blocks.map((block) => mapBlockText(block, removeXmlInvalidCharacters));
  const pageHeader = findBlock(printable, 'pageHeader');
  // Comments and suggestions, when asked for, come as tokens in the text; without them every string is one run.
  const writer = options.annotations ? createWordRunWriter(options.annotations) : undefined;
  const inline: Inline = writer ? (text) => writer.runs(text) : (text) => [new TextRun(text)];
  const children = printable.flatMap((block, index) => toParagraphs(block, printable[index + 1], inline));
  if (writer) children.push(...writer.finish());
  const document = new Document({
    title: removeXmlInvalidCharacters(options.title),
    creator: 'Yttra',
    lastModifiedBy: 'Yttra',
    ...(writer ? { comments: { children: writer.comments() } } : {}),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 24, language: { value: language } },
          paragraph: { spacing: PARAGRAPH_SPACING },
        },
        // Black and serif like the body: Word's default heading styles are blue and in the theme's heading font.
        heading1: { run: { font: FONT, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { after: 0 } } },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { before: 280, after: 40 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: {
              top: Math.round(30 * TWIPS_PER_MM),
              right: Math.round(20 * TWIPS_PER_MM),
              bottom: Math.round(25 * TWIPS_PER_MM),
              left: Math.round(25 * TWIPS_PER_MM),
              header: Math.round(12 * TWIPS_PER_MM),
            },
          },
        },
        headers: pageHeader === undefined ? {} : { default: wordHeader(pageHeader) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Board and protocol on one line and the date below, as on every page of the printed protocol. */
function wordHeader(pageHeader: Extract<RenderBlock, { kind: 'pageHeader' }>): Header {
  const line = (text: string) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, size: 18 })] });
  return new Header({ children: [line(`${pageHeader.board} ${pageHeader.protocol}`), line(pageHeader.meetingDate)] });
}

type Inline = (text: string) => ParagraphChild[];

/** `next` lets the header fields and attachment rows sit tight together, as in the printed protocol. */
function toParagraphs(block: RenderBlock, next: RenderBlock | undefined, inline: Inline): Paragraph[] {
  const tight = { spacing: { after: next?.kind === block.kind ? 40 : PARAGRAPH_SPACING.after } };
  const headerField = { spacing: { after: next?.kind === 'heading' ? 360 : 0 } };
  switch (block.kind) {
    case 'pageHeader':
      // Printed by the Word header on every page, not in the body.
      return [];
    case 'paragraphNumber':
      return [new Paragraph({ ...headerField, children: [new TextRun({ text: block.text, bold: true })] })];
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: inline(block.text) })];
    case 'matterKind':
    case 'caseNumber':
      return [new Paragraph({ ...headerField, children: inline(block.text) })];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: inline(block.text) })];
    case 'text':
      return [new Paragraph({ children: inline(block.text) })];
    case 'numberedItem':
      return [
        new Paragraph({
          indent: { left: HANGING_INDENT, hanging: HANGING_INDENT },
          children: [new TextRun({ children: [`${block.number}.`, new Tab()] }), ...inline(block.text)],
        }),
      ];
    case 'quote':
      return block.paragraphs.map(
        (paragraph) => new Paragraph({ indent: { left: QUOTE_INDENT }, children: inline(paragraph) }),
      );
    case 'attachment': {
      const status = block.status === undefined ? '' : ` (${block.status})`;
      return [
        new Paragraph({
          ...tight,
          indent: { left: HANGING_INDENT, hanging: HANGING_INDENT },
          children: inline(`${block.documentNumber}${status} ${block.title}`),
        }),
      ];
    }
  }
}
