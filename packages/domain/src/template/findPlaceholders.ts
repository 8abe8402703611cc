/** `{name}`: a placeholder is a camelCase identifier in braces. Braces have no other meaning in a pattern. */
export const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The distinct placeholder names a pattern uses, in order of first use. */
export function findPlaceholders(pattern: string): string[] {
  return [...new Set(Array.from(pattern.matchAll(PLACEHOLDER), (match) => match[1]!))];
}
