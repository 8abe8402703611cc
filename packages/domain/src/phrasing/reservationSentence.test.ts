import { describe, expect, it } from 'vitest';
import { seedParagraph } from '../fixtures/seedParagraph';
import type { ProposalBlock, ReservationBlock } from '../model/paragraphBlockSchema';
import { stockholmDistrictBoardTemplate as template } from '../template/stockholmDistrictBoardTemplate';
import { reservationQuote } from './reservationQuote';
import { reservationSentence } from './reservationSentence';

const proposals = seedParagraph.blocks.filter((block): block is ProposalBlock => block.type === 'proposal');
const seedReservation = seedParagraph.blocks.find((block): block is ReservationBlock => block.type === 'reservation')!;
const abit = { name: 'Abit Dundar', party: 'L', andOthers: false };

describe('reservationSentence', () => {
  it('writes the reservation in correct Swedish (the seed has the slips "(V) Eva" and "reserverande")', () => {
    expect(reservationSentence(seedReservation, proposals, template)).toBe(
      'Maria Ljuslin m.fl. (V), Eva Fagerhem m.fl. (S) och Henrik Åkerlund (SD) reserverade sig mot beslutet till förmån för förvaltningens förslag.',
    );
  });

  it('names a party proposal, or no proposal at all', () => {
    expect(
      reservationSentence({ type: 'reservation', reservants: [abit], inFavourOf: 'l-m-mp-c' }, proposals, template),
    ).toBe('Abit Dundar (L) reserverade sig mot beslutet till förmån för förslaget från (L), (M), (MP) och (C).');
    expect(reservationSentence({ type: 'reservation', reservants: [abit] }, proposals, template)).toBe(
      'Abit Dundar (L) reserverade sig mot beslutet.',
    );
  });
});

describe('reservationQuote', () => {
  it('quotes the administration’s proposal, phrased from its fields', () => {
    expect(reservationQuote(seedReservation, seedParagraph, template)).toEqual([
      'Hägersten-Liljeholmens stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen.',
    ]);
  });

  it('quotes a party proposal in full, additions numbered', () => {
    const quote = reservationQuote(
      { type: 'reservation', reservants: [abit], inFavourOf: 'l-m-mp-c' },
      seedParagraph,
      template,
    );
    expect(quote).toHaveLength(7);
    expect(quote[0]).toMatch(/som svar på remissen och därutöver anför följande\.$/);
    expect(quote[4]).toMatch(/^1\. Det är viktigt att det finns fasta lokala arbetsgrupper/);
    expect(quote[6]).toMatch(/^3\. En förutsättning för att samverkan/);
  });

  it('prefers the reservants’ own written text, and quotes nothing without a proposal or text', () => {
    const written: ReservationBlock = {
      type: 'reservation',
      reservants: [abit],
      inFavourOf: 'administration',
      quotedParagraphs: ['Egen motivering.'],
    };
    expect(reservationQuote(written, seedParagraph, template)).toEqual(['Egen motivering.']);
    expect(reservationQuote({ type: 'reservation', reservants: [abit] }, seedParagraph, template)).toEqual([]);
  });
});
