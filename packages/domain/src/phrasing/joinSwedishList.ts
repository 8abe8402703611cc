/** `A, B och C`: commas between the items, the conjunction before the last, no serial comma (Swedish usage). */
export function joinSwedishList(items: readonly string[], conjunction = 'och'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
