import { existsSync } from 'node:fs';

/**
 * The fonts of the PDF export. `embedded` fonts are TrueType files, subset into the PDF, covering all of Unicode
 * the font has glyphs for; `standard` fonts are the PDF base-14 Times, needing no file but limited to WinAnsi.
 */
export type PdfFonts =
  | { kind: 'embedded'; regular: string; bold: string; size: number }
  | { kind: 'standard'; regular: 'Times-Roman'; bold: 'Times-Bold'; size: number };

/** DejaVu Serif from Debian's fonts-dejavu-core, at the path Debian installs it to. */
const DEJAVU_DIRECTORY = '/usr/share/fonts/truetype/dejavu';

export const standardPdfFonts: PdfFonts = { kind: 'standard', regular: 'Times-Roman', bold: 'Times-Bold', size: 12 };

/**
 * DejaVu Serif when the machine has it (names in any script print), else the standard Times (Swedish prints, other
 * characters become '?'). DejaVu runs wider than Times, hence the smaller size for a similar line length.
 */
export function pdfFonts(directory = DEJAVU_DIRECTORY): PdfFonts {
  const regular = `${directory}/DejaVuSerif.ttf`;
  const bold = `${directory}/DejaVuSerif-Bold.ttf`;
  return existsSync(regular) && existsSync(bold) ? { kind: 'embedded', regular, bold, size: 10.5 } : standardPdfFonts;
}
