/**
 * Colours for user names and carets. Each carries white label text at 12px, so every entry must reach the
 * WCAG AA contrast ratio for small text (4.5:1) against white; the unit test checks that.
 */
export const USER_COLORS: readonly string[] = [
  '#b42318',
  '#a3460b',
  '#0b7046',
  '#0b63a0',
  '#6941c6',
  '#b0165f',
  '#0e6c85',
  '#3e4784',
  '#4d6b10',
  '#7a2e8e',
];

/** FNV-1a: cheap, stable across browsers and sessions, and spreads similar names apart. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The same name always gets the same colour, on every device, without storing anything. */
export function colorForName(name: string): string {
  const key = name.trim().toLocaleLowerCase('sv-SE');
  return USER_COLORS[hashName(key) % USER_COLORS.length] ?? '#3e4784';
}

export function isUserColor(candidate: unknown): candidate is string {
  return typeof candidate === 'string' && USER_COLORS.includes(candidate.toLowerCase());
}
