import { describe, expect, it } from 'vitest';
import { compareSentences } from './compareSentences';

const original = [
  '§ 1 Ärendenummer X-1',
  'Beslut',
  'Enligt A:',
  'Första meningen. Andra',
  'meningen.',
  'Sidhuvud',
  '•',
  '•',
  '',
  'Punkt ett.',
  'Punkt två.',
].join('\n');

describe('compareSentences', () => {
  it('ignores line breaks, page-break lines and bullets set apart from their items', () => {
    const exported =
      '§ 1 Ärendenummer X-1\n\nBeslut\nEnligt A:\n\nFörsta meningen. Andra meningen.\n\n• Punkt ett.\n\n• Punkt två.\n';
    const result = compareSentences(exported, original, { artefactLines: ['Sidhuvud'] });
    expect(result).toMatchObject({ equal: true, missing: [], unexpected: [] });
    expect(result.matchingSentences).toBe(result.expectedSentences);
  });
  it('reports each differing sentence, and nothing else', () => {
    const exported = '§ 1 Ärendenummer X-1 Beslut Enligt A: Första meningen. Andra meningen! Punkt ett. Punkt två.';
    const result = compareSentences(exported, original, { artefactLines: ['Sidhuvud'] });
    expect(result).toMatchObject({ equal: false, missing: ['Andra meningen.'], unexpected: ['Andra meningen!'] });
  });
  it('does not drop a page-break line that is not declared as one', () => {
    expect(
      compareSentences(
        '§ 1 Ärendenummer X-1 Beslut Enligt A: Första meningen. Andra meningen. Punkt ett. Punkt två.',
        original,
        { artefactLines: [] },
      ).equal,
    ).toBe(false);
  });
  it('corrects a declared slip of the original, and only that phrase', () => {
    const result = compareSentences('Enligt B:', 'Enligt A:', {
      artefactLines: [],
      slipCorrections: [['Enligt A', 'Enligt B']],
    });
    expect(result.equal).toBe(true);
  });
});
