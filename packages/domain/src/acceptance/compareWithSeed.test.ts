/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithSeed } from './compareWithSeed';

const seedText = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
/** What a correct export reads like: the seed with its two slips put right. */
const correctText = seedText.replace('(V) Eva Fagerhem', '(V), Eva Fagerhem').replace('reserverande', 'reserverade');

describe('compareWithSeed', () => {
  it('finds the corrected seed equal, but not the seed itself, which carries the slips', () => {
    expect(compareWithSeed(correctText, seedText)).toEqual({ equal: true });
    expect(compareWithSeed(seedText, seedText)).toMatchObject({
      equal: false,
      firstDifference: { expected: expect.stringContaining('(V), Eva'), actual: expect.stringContaining('(V) Eva') },
    });
  });

  it('ignores line breaks, runs of whitespace, and the page-header lines wherever they stand', () => {
    const seed = 'A b\nHägersten-Liljeholmens stadsdelsnämnd Protokoll nr 8/2019\n\n2019-08-29\nc  d';
    expect(compareWithSeed('  A\n\nb c\td\n', seed)).toEqual({ equal: true });
    expect(
      compareWithSeed('2019-08-29\nA b c\n Hägersten-Liljeholmens stadsdelsnämnd Protokoll nr 8/2019 \nd', seed).equal,
    ).toBe(true);
  });

  it('drops the page-header text only as a whole line, not inside a sentence', () => {
    const seed = 'Beslutet togs 2019-08-29 av nämnden.';
    expect(compareWithSeed('Beslutet togs av nämnden.', seed).equal).toBe(false);
  });

  it('tolerates the seed’s two slips, corrected on the seed side only', () => {
    const correct =
      'Maria Ljuslin m.fl. (V), Eva Fagerhem m.fl. (S) och Henrik Åkerlund (SD) reserverade sig mot beslutet';
    const seed =
      'Maria Ljuslin m.fl. (V) Eva Fagerhem m.fl. (S) och Henrik\nÅkerlund (SD) reserverande sig mot beslutet';
    expect(compareWithSeed(correct, seed)).toEqual({ equal: true });
    // An export that copied the slips is not correct Swedish, so it does not pass.
    expect(compareWithSeed(seed, seed).equal).toBe(false);
    expect(compareWithSeed(seed, correct).equal).toBe(false);
  });

  it('fails on a one-word change and shows where, with context from both texts', () => {
    const changed = correctText.replace('Detta är en mycket', 'Detta är en ganska');
    const result = compareWithSeed(changed, seedText);
    expect(result.equal).toBe(false);
    const { index, expected, actual } = result.firstDifference!;
    expect(expected).toContain('Detta är en mycket');
    expect(actual).toContain('Detta är en ganska');
    expect(expected.length).toBeLessThanOrEqual(60);
    const normalisedSeed = seedText.replace(/\s+/g, ' ').trim();
    expect(normalisedSeed.slice(index, index + 6)).toBe('mycket');
  });

  it('fails on a missing or added passage at the end', () => {
    expect(compareWithSeed(`${correctText} Tillägg.`, seedText)).toMatchObject({
      equal: false,
      firstDifference: {
        expected: expect.stringMatching(/\(SLK tjut\)$/),
        actual: expect.stringMatching(/ Tillägg\.$/),
      },
    });
    expect(compareWithSeed(correctText.replace('(SLK tjut)', ''), seedText).equal).toBe(false);
  });

  it('does not tolerate other differences in punctuation or case', () => {
    expect(compareWithSeed(correctText.replace('Beslutsgång', 'beslutsgång'), seedText).equal).toBe(false);
    expect(
      compareWithSeed(
        correctText.replace('anmälde ett särskilt uttalande.', 'anmälde ett särskilt uttalande'),
        seedText,
      ).equal,
    ).toBe(false);
  });
});
