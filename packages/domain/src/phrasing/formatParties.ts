import { joinSwedishList } from './joinSwedishList';

/** `(L), (M), (MP) och (C)`: how "förslaget från …" names the parties behind a proposal. Duplicates are dropped. */
export function formatParties(abbreviations: readonly string[]): string {
  return joinSwedishList([...new Set(abbreviations)].map((abbreviation) => `(${abbreviation})`));
}
