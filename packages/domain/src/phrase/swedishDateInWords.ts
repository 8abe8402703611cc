const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** `2024-11-22` → `22 november 2024` (no leading zero, month in lower case, as Swedish protocols write dates). */
export function swedishDateInWords(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) throw new Error(`"${isoDate}" är inget datum skrivet ÅÅÅÅ-MM-DD.`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}
