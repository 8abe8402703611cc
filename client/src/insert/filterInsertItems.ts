import type { InsertItem } from './insertItems';

/** Lower case without diacritics, so "sar" finds "Särskilt" and "overl" finds "Överläggningen". */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

const words = (text: string) => foldForSearch(text).split(/\s+/).filter(Boolean);

/**
 * The items the slash menu offers for what was typed after "/": those whose label starts with it first, then those
 * with a word of the label or a keyword starting with it, then any label containing it; each group in menu order.
 */
export function filterInsertItems(items: readonly InsertItem[], query: string): InsertItem[] {
  const folded = foldForSearch(query.trim());
  if (folded === '') return [...items];
  const rank = (item: InsertItem): number => {
    const label = foldForSearch(item.label);
    if (label.startsWith(folded)) return 0;
    const candidates = [
      ...words(item.label),
      ...item.keywords.flatMap((keyword) => [foldForSearch(keyword), ...words(keyword)]),
    ];
    if (candidates.some((word) => word.startsWith(folded))) return 1;
    return label.includes(folded) ? 2 : -1;
  };
  return items
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .filter((entry) => entry.rank >= 0)
    .sort((first, second) => first.rank - second.rank || first.index - second.index)
    .map((entry) => entry.item);
}
