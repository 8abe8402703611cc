export interface SentenceComparison {
  /** The whole paragraph is the same, after normalisation. */
  equal: boolean;
  expectedSentences: number;
  /** Sentences of the original found in the export, in order (longest common subsequence). */
  matchingSentences: number;
  /** Original sentences missing from the export, and export sentences not in the original. */
  missing: string[];
  unexpected: string[];
}

export interface ComparisonOptions {
  /** Whole lines that a page break put into the text (running headers and footers): dropped on both sides. */
  artefactLines: readonly string[];
  /** The original's own slips, corrected before comparing; each is a whole phrase, so it hides nothing else. */
  slipCorrections?: ReadonlyArray<readonly [slip: string, correct: string]>;
}

/**
 * Compares an export with an original protocol paragraph sentence by sentence. Tolerated: line breaks and
 * whitespace, the page-break lines, and list glyphs standing alone on a line (the PDF extraction sets bullets apart
 * from their items, `•` lines first); anything else is a difference.
 */
export function compareSentences(
  exportText: string,
  originalText: string,
  options: ComparisonOptions,
): SentenceComparison {
  const artefacts = new Set(options.artefactLines.map((line) => line.trim()));
  const normalise = (text: string) =>
    text
      .split(/\r\n|\r|\n/)
      .filter((line) => !artefacts.has(line.trim()))
      .join(' ')
      .replace(/(^|\s)•(?=\s|$)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const expected = (options.slipCorrections ?? []).reduce(
    (text, [slip, correct]) => text.replaceAll(slip, correct),
    normalise(originalText),
  );
  const actual = normalise(exportText);
  const expectedSentences = splitSentences(expected);
  const actualSentences = splitSentences(actual);
  const common = longestCommonSubsequence(expectedSentences, actualSentences);
  return {
    equal: expected === actual,
    expectedSentences: expectedSentences.length,
    matchingSentences: common.length,
    missing: without(expectedSentences, common),
    unexpected: without(actualSentences, common),
  };
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.:!?][”"]?)\s+/).filter((sentence) => sentence !== '');
}

function without(sentences: string[], common: string[]): string[] {
  const rest: string[] = [];
  let index = 0;
  for (const sentence of sentences) {
    if (index < common.length && common[index] === sentence) index++;
    else rest.push(sentence);
  }
  return rest;
}

function longestCommonSubsequence(left: string[], right: string[]): string[] {
  const lengths = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        left[i] === right[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const common: string[] = [];
  for (let i = 0, j = 0; i < left.length && j < right.length; ) {
    if (left[i] === right[j]) {
      common.push(left[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return common;
}
