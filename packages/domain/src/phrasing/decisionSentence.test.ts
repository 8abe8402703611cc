import { describe, expect, it } from 'vitest';
import { stockholmDistrictBoardTemplate as template } from '../template/stockholmDistrictBoardTemplate';
import { decisionSentence } from './decisionSentence';
import { quotedDecisionText } from './quotedDecisionText';
import { quoteParagraphs } from './quoteParagraphs';

const board = 'Hägersten-Liljeholmens stadsdelsnämnd';

describe('decisionSentence', () => {
  it('phrases the standard remiss decision, with and without the board’s own statement', () => {
    expect(
      decisionSentence(
        { kind: 'approveReportAsReply', recipient: 'kommunstyrelsen', statesInAddition: true },
        board,
        template,
      ),
    ).toBe(
      'Hägersten-Liljeholmens stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen och därutöver anför följande.',
    );
    expect(
      decisionSentence(
        { kind: 'approveReportAsReply', recipient: 'trafiknämnden', statesInAddition: false },
        'Skarpnäcks stadsdelsnämnd',
        template,
      ),
    ).toBe(
      'Skarpnäcks stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande och överlämnar det till trafiknämnden som svar på remissen.',
    );
  });

  it('prints a free-text decision as written', () => {
    expect(decisionSentence({ kind: 'freeText', text: 'Nämnden avstyrker förslaget.' }, board, template)).toBe(
      'Nämnden avstyrker förslaget.',
    );
  });
});

describe('quotedDecisionText', () => {
  it('flattens a proposal into paragraphs, writing out the numbers of its additions', () => {
    const text = {
      sentence: { kind: 'approveReportAsReply' as const, recipient: 'kommunstyrelsen', statesInAddition: true },
      paragraphs: ['Inledning.'],
      additions: ['Första tillägget.', 'Andra tillägget.'],
    };
    expect(quotedDecisionText(text, board, template)).toEqual([
      'Hägersten-Liljeholmens stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen och därutöver anför följande.',
      'Inledning.',
      '1. Första tillägget.',
      '2. Andra tillägget.',
    ]);
  });
});

describe('quoteParagraphs', () => {
  it('opens before the first paragraph and closes after the last, once', () => {
    expect(quoteParagraphs(['Ett.', 'Två.', 'Tre.'], { open: '"', close: '"' })).toEqual(['"Ett.', 'Två.', 'Tre."']);
    expect(quoteParagraphs(['Ensam.'], { open: '”', close: '”' })).toEqual(['”Ensam.”']);
    expect(quoteParagraphs([], { open: '"', close: '"' })).toEqual([]);
  });
});
