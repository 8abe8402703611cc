/** Whitespace that may break a line: everything but the no-break spaces, which keep e.g. "8 000" together. */
const BREAKABLE_SPACE = /[^\S\u00a0\u202f]+/;

/**
 * Greedy line breaking at spaces only. Unlike pdfkit's own wrapper (Unicode line breaking), it never breaks after
 * a hyphen or slash inside a word ("Hägersten-Liljeholmens", "individer/situationer") and never hyphenates, so the
 * text extracted from the PDF reads exactly as written. A single word wider than the line is cut by characters,
 * as the only way to keep it on the page.
 */
export function wrapWords(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
  /** The first line's width when it differs (a hanging indent). */
  firstLineWidth = maxWidth,
): string[] {
  const lines: string[] = [];
  const widthOf = () => (lines.length === 0 ? firstLineWidth : maxWidth);
  let line = '';
  for (const word of text.split(BREAKABLE_SPACE).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= widthOf()) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (measure(line) > widthOf() && [...line].length > 1) {
      const characters = [...line];
      let fit = 1;
      while (fit < characters.length - 1 && measure(characters.slice(0, fit + 1).join('')) <= widthOf()) fit++;
      lines.push(characters.slice(0, fit).join(''));
      line = characters.slice(fit).join('');
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
