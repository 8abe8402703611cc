/** Long enough for "Förnamn Efternamn (Parti)", short enough to fit in a caret label. */
export const MAX_DISPLAY_NAME_LENGTH = 40;

/** Trims, collapses runs of whitespace and caps the length; an empty result means "no name". */
export function normalizeDisplayName(raw: string): string {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  // Cap by code points so an emoji or combining sequence at the boundary is not cut in half.
  return Array.from(collapsed).slice(0, MAX_DISPLAY_NAME_LENGTH).join('').trim();
}
