/** "Anna, Bo och Cecilia"; "ingen" for nobody. */
export function joinNames(names: readonly string[]): string {
  const shown = names.map((name) => (name === '' ? 'borttagen användare' : name));
  if (shown.length === 0) return 'ingen';
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')} och ${shown.at(-1)}`;
}
