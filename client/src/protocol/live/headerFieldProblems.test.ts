import { describe, expect, it } from 'vitest';
import { type HeaderValues, headerFieldProblem, headerFieldProblems } from './headerFieldProblems';

const seedHeader: HeaderValues = {
  board: 'Hägersten-Liljeholmens stadsdelsnämnd',
  protocolNumber: '8/2019',
  meetingDate: '2019-08-29',
  paragraphNumber: 6,
  title: 'Övergripande samverkansöverenskommelse',
  matterKind: 'Yttrande till kommunstyrelsen',
  caseNumber: 'HL 2019/310',
  replyTo: 'kommunstyrelsen',
};

describe('headerFieldProblems', () => {
  it('finds nothing wrong with the seed’s header', () => {
    expect(headerFieldProblems(seedHeader)).toEqual({});
  });

  it('says that an empty field is missing, in Swedish, for every field', () => {
    const empty: HeaderValues = {
      board: '',
      protocolNumber: '',
      meetingDate: '',
      paragraphNumber: null,
      title: ' ',
      matterKind: '',
      caseNumber: '',
      replyTo: '',
    };
    expect(headerFieldProblems(empty)).toEqual({
      board: 'Nämndens namn saknas.',
      protocolNumber: 'Protokollnumret saknas.',
      meetingDate: 'Sammanträdesdatumet saknas.',
      paragraphNumber: 'Paragrafnumret saknas.',
      title: 'Ärendemeningen saknas.',
      matterKind: 'Ärendetypen saknas.',
      caseNumber: 'Diarienumret saknas.',
      replyTo: 'Ange vem remissvaret går till.',
    });
  });

  it('uses the domain schema’s message for a malformed value', () => {
    expect(headerFieldProblem('protocolNumber', '8-2019')).toBe(
      'Protokollnumret ska skrivas som löpnummer/år, t.ex. 8/2019.',
    );
    expect(headerFieldProblem('meetingDate', '2019-02-30')).toBe(
      'Sammanträdesdatumet ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD.',
    );
    expect(headerFieldProblem('paragraphNumber', 6.5)).toBe('Paragrafnumret ska vara ett heltal.');
    expect(headerFieldProblem('paragraphNumber', -1)).toBe('Paragrafnumret ska vara positivt.');
    expect(headerFieldProblem('caseNumber', 'HL-2019-310')).toMatch(/^Diarienumret ska skrivas som registerprefix/);
    expect(headerFieldProblem('replyTo', 'vem som helst')).toBeUndefined();
  });
});

describe('headerFieldProblem with an organisation’s own number formats', () => {
  const organisation = {
    caseNumberPattern: '^[A-Z]{2,5}-\\d{4}-\\d{5}$',
    caseNumberExample: 'SLK-2024-00813',
    protocolNumberPattern: '^[1-9]\\d*$',
  };
  it('accepts what the organisation writes and refuses the rest, with its example', () => {
    expect(headerFieldProblem('caseNumber', 'SLK-2024-00813', organisation)).toBeUndefined();
    expect(headerFieldProblem('protocolNumber', '34', organisation)).toBeUndefined();
    expect(headerFieldProblem('caseNumber', 'HL 2019/310', organisation)).toBe(
      'Diarienumret är inte skrivet som nämnden skriver det, t.ex. SLK-2024-00813.',
    );
    expect(headerFieldProblem('protocolNumber', '8/2019', organisation)).toBe(
      'Protokollnumret är inte skrivet som nämnden skriver det.',
    );
  });
});
