/**
 * The Swedish genitive of a name: an -s without apostrophe (Jenny Bromans), and nothing added when the name already
 * ends in s, x or z (Jonas, Max, Inez), which is how Swedish writes it.
 */
export function swedishGenitive(name: string): string {
  const trimmed = name.trimEnd();
  if (trimmed === '') return trimmed;
  return /[sxz]$/i.test(trimmed) ? trimmed : `${trimmed}s`;
}
