import type { VersionPerson } from '@yttra/api';
import { USER_COLORS } from '../identity/colorForName';

/** Text of unknown authorship (from before authorship was recorded): the muted text colour, still 4.5:1. */
export const UNKNOWN_AUTHOR_COLOR = '#4b5563';

/**
 * One colour per author of a comparison, in order, so two authors never share one while there are colours left;
 * each reaches 4.5:1 as text on white. The legend names every author too: colour is never the only sign.
 */
export function authorColors(authors: readonly VersionPerson[]): Map<string, string> {
  return new Map(
    authors.map((author, index) => [author.id, USER_COLORS[ORDER[index % ORDER.length] as number] as string]),
  );
}

/** The palette in an order that puts far-apart hues next to each other: blue, red, green, purple, … */
const ORDER = [3, 0, 2, 4, 1, 6, 5, 8, 7, 9];
