import type PDFDocument from 'pdfkit';
import type { PdfFonts } from './pdfFonts';
import type { PdfStructure } from './pdfStructure';
import { wrapWords } from './wrapWords';

const MM = 72 / 25.4;
/** A4 in points, with the margins of a printed protocol; the running header sits in the top margin. */
const PAGE = { width: 210 * MM, height: 297 * MM };
const MARGIN = { top: 30 * MM, right: 20 * MM, bottom: 25 * MM, left: 25 * MM };
const HEADER_TOP = 12 * MM;
const LINE_HEIGHT = 1.3;

export interface PdfTextStyle {
  bold?: boolean;
  /** Relative to the font set's body size. */
  scale?: number;
  /** Extra width of each space, in ems. */
  wordSpacing?: number;
}

export interface PdfParagraph {
  text: string;
  /** What the paragraph is in the tagged PDF's structure tree (reading order is the order of paragraphs). */
  structure: PdfStructure;
  style?: PdfTextStyle;
  /** Left indent of the whole paragraph, in points (quotes). */
  indent?: number;
  /** Lines after the first start this much further in (a hanging indent), in points. */
  hanging?: number;
  /** Printed in the hanging indent of the first line ("1."), whose text then starts in line with the rest. */
  label?: string;
  /** Space above, in body lines; dropped at the top of a page. */
  spaceBefore?: number;
  /** Space below, in body lines. */
  spaceAfter?: number;
  /** Body lines of what follows to keep on the same page (a heading stays with its first lines). */
  keepWithNext?: number;
}

export interface PdfWriter {
  paragraph(paragraph: PdfParagraph): void;
  /** Ends the layout: a paragraph with no text still gets one page, with the running header, as a PDF needs one. */
  finish(): void;
}

type StructureElement = ReturnType<(typeof PDFDocument)['struct']>;

/**
 * A minimal page layout on pdfkit: paragraphs flow down A4 pages, a new page starts when the next line would cross
 * the bottom margin, and every page gets the running header (board and protocol on one line, the date below).
 * Lines are broken here (`wrapWords`) and drawn one by one with pdfkit's own wrapping off, so the break points and
 * page breaks are under our control and the extracted text has no artificial hyphens.
 *
 * The PDF is tagged: every line is marked content of its paragraph's structure element (H1, H2, P; list items as
 * LI with Lbl and LBody inside L; quotes as P inside BlockQuote), so screen readers and archives read headings,
 * lists and quotes in order, while the running header is marked as a pagination artifact that is not read twice.
 */
export function createPdfWriter(doc: typeof PDFDocument, fonts: PdfFonts, runningHeader: readonly string[]): PdfWriter {
  const contentWidth = PAGE.width - MARGIN.left - MARGIN.right;
  const bottom = PAGE.height - MARGIN.bottom;
  const bodyLine = fonts.size * LINE_HEIGHT;
  let y: number | undefined;
  const root = doc.struct('Document');
  doc.addStructure(root);
  let group: { element: StructureElement; kind: 'L' | 'BlockQuote' } | undefined;

  const closeGroup = () => {
    group?.element.end();
    group = undefined;
  };
  /** The element a paragraph's lines go into, opening or closing the list or quote around it. */
  const elementFor = (
    structure: PdfStructure,
    labelled: boolean,
  ): { lines: StructureElement; label?: StructureElement } => {
    const wantedGroup = structure.tag === 'LI' ? 'L' : structure.inQuote ? 'BlockQuote' : undefined;
    if (group && (group.kind !== wantedGroup || structure.startsGroup)) closeGroup();
    if (wantedGroup && !group) {
      group = { element: doc.struct(wantedGroup), kind: wantedGroup };
      root.add(group.element);
    }
    const parent = group?.element ?? root;
    if (structure.tag !== 'LI') {
      const element = doc.struct(structure.tag);
      parent.add(element);
      return { lines: element };
    }
    const item = doc.struct('LI');
    parent.add(item);
    const body = doc.struct('LBody');
    if (!labelled) {
      item.add(body);
      return { lines: body };
    }
    const label = doc.struct('Lbl');
    item.add(label);
    item.add(body);
    return { lines: body, label };
  };
  const drawMarked = (element: StructureElement, tag: string, text: string, x: number, top: number) => {
    const content = doc.markStructureContent(tag);
    drawLine(text, x, top);
    doc.endMarkedContent();
    element.add(content);
  };

  let wordSpacing = 0;
  const useStyle = (style: PdfTextStyle = {}): number => {
    const size = fonts.size * (style.scale ?? 1);
    doc.font(style.bold ? fonts.bold : fonts.regular).fontSize(size);
    wordSpacing = (style.wordSpacing ?? 0) * size;
    return size * LINE_HEIGHT;
  };
  const measure = (text: string): number => doc.widthOfString(text, { wordSpacing });
  const drawLine = (text: string, x: number, top: number): void => {
    doc.text(text, x, top, { lineBreak: false, wordSpacing });
  };

  const newPage = (): number => {
    doc.addPage({ size: [PAGE.width, PAGE.height], margins: MARGIN });
    doc.markContent('Artifact', { type: 'Pagination' });
    const lineHeight = useStyle({ scale: 0.8 });
    let top = HEADER_TOP;
    for (const headerText of runningHeader) {
      for (const line of wrapWords(headerText, contentWidth, measure)) {
        drawLine(line, MARGIN.left, top);
        top += lineHeight;
      }
    }
    doc.endMarkedContent();
    return MARGIN.top;
  };

  return {
    paragraph({
      text,
      structure,
      style,
      indent = 0,
      hanging = 0,
      label,
      spaceBefore = 0,
      spaceAfter = 0,
      keepWithNext = 0,
    }) {
      const lineHeight = useStyle(style);
      const restX = MARGIN.left + indent + hanging;
      const firstX = label === undefined ? MARGIN.left + indent : restX;
      const right = MARGIN.left + contentWidth;
      const lines = wrapWords(text, right - restX, measure, right - firstX);
      if (lines.length === 0) return;

      let top = y === undefined ? undefined : y > MARGIN.top ? y + spaceBefore * bodyLine : y;
      // Start on a new page rather than leave a heading, or a paragraph's first line, alone at the bottom.
      const firstLines = Math.min(lines.length, 2) * lineHeight + keepWithNext * bodyLine;
      if (top === undefined || top + firstLines > bottom) top = newPage();
      useStyle(style);
      const element = elementFor(structure, label !== undefined);

      for (const [index, line] of lines.entries()) {
        // Break a line early rather than leave a paragraph's last line alone at the top of the next page.
        const widowFollows = index >= 2 && index === lines.length - 2 && top + 2 * lineHeight > bottom;
        if (top + lineHeight > bottom || widowFollows) {
          top = newPage();
          useStyle(style);
        }
        if (index === 0 && label !== undefined && element.label) {
          drawMarked(element.label, 'Lbl', label, MARGIN.left + indent, top);
        }
        const tag = structure.tag === 'LI' ? 'LBody' : structure.tag;
        drawMarked(element.lines, tag, line, index === 0 ? firstX : restX, top);
        top += lineHeight;
      }
      y = top + spaceAfter * bodyLine;
    },
    finish() {
      if (y === undefined) y = newPage();
      closeGroup();
      root.end();
    },
  };
}
