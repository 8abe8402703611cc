import { PLACEHOLDER } from './findPlaceholders';

/**
 * Substitutes `{name}` placeholders. Templates are validated when they are loaded, so a placeholder without a value
 * here means the calling code and the placeholder specification disagree: that is a bug, and it throws.
 */
export function fillPattern(pattern: string, values: Readonly<Record<string, string | number>>): string {
  return pattern.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Platshållaren {${name}} saknar värde i mönstret "${pattern}".`);
    return String(value);
  });
}
