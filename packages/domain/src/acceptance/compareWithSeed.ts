/**
 * The PDF's running header, which the text extraction dropped into the middle of the seed. An export may print it
 * anywhere too (a paged export repeats it on every page), so it is removed from both sides wherever it stands.
 */
const PAGE_HEADER_LINES = ['Hägersten-Liljeholmens stadsdelsnämnd Protokoll nr 8/2019', '2019-08-29'];

/**
 * The seed's own slips (domain.md §4). Generated text is correct Swedish, so the seed side is corrected before
 * comparing; each replacement is a whole phrase, so it cannot hide any other difference.
 */
const SEED_SLIP_CORRECTIONS: ReadonlyArray<readonly [slip: string, correct: string]> = [
  ['Maria Ljuslin m.fl. (V) Eva Fagerhem m.fl. (S) och', 'Maria Ljuslin m.fl. (V), Eva Fagerhem m.fl. (S) och'],
  ['(SD) reserverande sig mot beslutet', '(SD) reserverade sig mot beslutet'],
];

const CONTEXT_BEFORE = 20;
const CONTEXT_AFTER = 40;

export interface SeedComparison {
  equal: boolean;
  /** Where the normalised texts first part; `expected` is the seed, `actual` the export, ~60 characters each. */
  firstDifference?: { index: number; expected: string; actual: string };
}

/**
 * The product's acceptance check: does an export reproduce the seed protocol paragraph? Tolerates only line
 * breaks and whitespace, the page-header lines, and the seed's two known slips; anything else is a difference.
 */
export function compareWithSeed(exportText: string, seedText: string): SeedComparison {
  const actual = normalise(exportText);
  const expected = SEED_SLIP_CORRECTIONS.reduce(
    (text, [slip, correct]) => text.replaceAll(slip, correct),
    normalise(seedText),
  );
  if (actual === expected) return { equal: true };

  let index = 0;
  while (index < actual.length && index < expected.length && actual[index] === expected[index]) index++;
  const around = (text: string) => text.slice(Math.max(0, index - CONTEXT_BEFORE), index + CONTEXT_AFTER);
  return { equal: false, firstDifference: { index, expected: around(expected), actual: around(actual) } };
}

function normalise(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => !PAGE_HEADER_LINES.includes(line.trim()))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
