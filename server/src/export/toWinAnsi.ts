/** The characters WinAnsiEncoding places in 0x80–0x9F, beyond Latin-1: quotes, dashes, €, the Š/Ž/Œ letters… */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The character printed in place of one the standard PDF fonts cannot encode. */
export const WIN_ANSI_REPLACEMENT = '?';

/**
 * Makes text printable in the 14 standard PDF fonts, which are limited to WinAnsiEncoding (Latin-1 plus a few
 * typographic characters: all of Swedish, but no emoji, Greek, Cyrillic…). Every other code point, control
 * characters included, becomes '?': pdfkit would otherwise write an invalid code and garble the line.
 */
export function toWinAnsi(text: string): string {
  let encodable = '';
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const inLatin1 = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    encodable += inLatin1 || WIN_ANSI_EXTRAS.has(character) ? character : WIN_ANSI_REPLACEMENT;
  }
  return encodable;
}
