/**
 * Quotes text as a CSS string literal (for `content:` in `@page` margin boxes). Everything but letters, digits,
 * spaces and harmless punctuation becomes a hex escape, so neither a quote nor `</style>` can end the string or
 * the style element. The space after each escape terminates it, as CSS requires, and is not part of the value.
 */
export function escapeCssString(text: string): string {
  let escaped = '';
  for (const character of text) {
    escaped += /[\p{L}\p{N} .,:;§()/+-]/u.test(character) ? character : `\\${character.codePointAt(0)!.toString(16)} `;
  }
  return `"${escaped}"`;
}
