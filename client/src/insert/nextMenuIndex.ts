/**
 * Focus movement in a vertical menu or listbox (WAI-ARIA menu pattern): arrows move and wrap, Home and End jump.
 * Returns null for keys the menu does not move on.
 */
export function nextMenuIndex(current: number, key: string, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Type-ahead: the next item after `current` whose label starts with the typed character, or null. */
export function indexByFirstLetter(labels: readonly string[], current: number, character: string): number | null {
  if (character.length !== 1 || !/\p{L}/u.test(character)) return null;
  const wanted = character.toLocaleLowerCase('sv-SE');
  for (let step = 1; step <= labels.length; step += 1) {
    const index = (current + step) % labels.length;
    if (labels[index]?.toLocaleLowerCase('sv-SE').startsWith(wanted)) return index;
  }
  return null;
}
