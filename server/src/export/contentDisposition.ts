/** Transliterations for the ASCII fallback where stripping diacritics is not enough. */
const ASCII_SUBSTITUTES: Readonly<Record<string, string>> = { '§': 'p', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O' };

/**
 * A `Content-Disposition: attachment` value that names the file for every client: an ASCII `filename` fallback
 * (diacritics stripped, `§` as `p`, anything else unsafe as `_`) and the exact UTF-8 name as RFC 5987/6266
 * `filename*`, which current browsers prefer.
 */
export function contentDisposition(filename: string): string {
  const ascii = [...filename.normalize('NFKD').replace(/\p{M}/gu, '')]
    .map((character) => ASCII_SUBSTITUTES[character] ?? character)
    .join('')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  // encodeURIComponent leaves !'()* unescaped, but RFC 5987's attr-char does not allow ' ( ) *.
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
