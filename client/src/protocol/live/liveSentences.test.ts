import { type ProposalBlock, type ProtocolParagraph, stockholmDistrictBoardTemplate as template } from '@yttra/domain';
import { describe, expect, it } from 'vitest';
import {
  liveDecisionSentence,
  liveProcedureSentence,
  liveProposalSentence,
  liveReservation,
  liveStatementSentence,
  liveVoteSentences,
} from './liveSentences';

const abit = { name: 'Abit Dundar', party: 'L', andOthers: false };
const anette = { name: 'Anette Hellström', party: 'M', andOthers: true };
const maria = { name: 'Maria Ljuslin', party: 'V', andOthers: true };
const board = 'Hägersten-Liljeholmens stadsdelsnämnd';
const ownProposal: ProposalBlock = {
  type: 'proposal',
  id: 'p1',
  kind: 'own',
  proposers: [abit, anette],
  paragraphs: ['Egen text.'],
  additions: [],
};
const otherProposal: ProposalBlock = { ...ownProposal, id: 'p2', proposers: [maria], paragraphs: [] };
const header = {
  board,
  protocolNumber: '8/2019',
  meetingDate: '2019-08-29',
  paragraphNumber: 6,
  title: 'Övergripande samverkansöverenskommelse',
  matterKind: 'Yttrande till kommunstyrelsen',
  caseNumber: 'HL 2019/310',
};
const paragraph: ProtocolParagraph = {
  header,
  administrationProposal: {
    sentence: { kind: 'approveReportAsReply', recipient: 'kommunstyrelsen', statesInAddition: false },
    paragraphs: [],
    additions: [],
  },
  blocks: [ownProposal, otherProposal],
};

describe('liveDecisionSentence', () => {
  it('phrases the standard sentence from the header, with or without the board’s own statement', () => {
    const fields = { kind: 'approveReportAsReply', statesInAddition: true, text: '' };
    expect(liveDecisionSentence(fields, { board, replyTo: 'kommunstyrelsen' }, template)).toEqual({
      complete: true,
      text: `${board} godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen och därutöver anför följande.`,
    });
    expect(
      liveDecisionSentence({ ...fields, statesInAddition: false }, { board, replyTo: 'trafiknämnden' }, template).text,
    ).toMatch(/till trafiknämnden som svar på remissen\.$/);
  });

  it('says which header fields are missing instead of printing a sentence with holes', () => {
    const live = liveDecisionSentence(
      { kind: 'approveReportAsReply', statesInAddition: false, text: '' },
      { board: '', replyTo: '' },
      template,
    );
    expect(live).toEqual({
      complete: false,
      text: 'Fyll i Nämnd och Remissvaret går till i paragrafhuvudet, så skrivs beslutsmeningen.',
    });
  });

  it('prints a free-text sentence as written, and asks for it while it is empty', () => {
    const header = { board, replyTo: 'kommunstyrelsen' };
    expect(
      liveDecisionSentence({ kind: 'freeText', statesInAddition: false, text: ' Avstyrks. ' }, header, template),
    ).toEqual({
      complete: true,
      text: 'Avstyrks.',
    });
    expect(
      liveDecisionSentence({ kind: 'freeText', statesInAddition: false, text: '' }, header, template).complete,
    ).toBe(false);
  });
});

describe('liveProposalSentence', () => {
  it('phrases own and administration proposals', () => {
    expect(liveProposalSentence('own', [abit, anette], template).text).toBe(
      'Abit Dundar (L) och Anette Hellström m.fl. (M) lade fram ett förslag och föreslog att nämnden skulle ställa sig bakom det.',
    );
    expect(liveProposalSentence('administration', [maria], template).text).toBe(
      'Maria Ljuslin m.fl. (V) föreslog att nämnden skulle besluta enligt förvaltningens förslag.',
    );
  });

  it('asks for proposers while there are none', () => {
    expect(liveProposalSentence('own', [], template)).toEqual({
      complete: false,
      text: 'Lägg till minst en förslagsställare, så skrivs meningen.',
    });
  });
});

describe('liveProcedureSentence', () => {
  it('names the winning proposal by its parties, or the administration’s', () => {
    expect(liveProcedureSentence('p1', [ownProposal], template).text).toBe(
      'Ordföranden ställde förslagen mot varandra och fann att nämnden ställde sig bakom förslaget från (L) och (M).',
    );
    expect(liveProcedureSentence('administration', [], template).text).toMatch(/bakom förvaltningens förslag\.$/);
  });

  it('hints while nothing is chosen, the proposal is gone, or it has no proposers yet', () => {
    expect(liveProcedureSentence('', [ownProposal], template)).toEqual({
      complete: false,
      text: 'Välj vilket förslag nämnden ställde sig bakom.',
    });
    expect(liveProcedureSentence('borta', [ownProposal], template).text).toBe(
      'Det valda förslaget finns inte längre i dokumentet.',
    );
    expect(liveProcedureSentence('p1', [{ ...ownProposal, proposers: [] }], template).complete).toBe(false);
  });
});

describe('liveReservation', () => {
  it('phrases the sentence and quotes the administration’s proposal', () => {
    const live = liveReservation(
      { reservants: [maria], inFavourOf: 'administration', writtenParagraphs: [] },
      paragraph,
      template,
    );
    expect(live.sentence.text).toBe(
      'Maria Ljuslin m.fl. (V) reserverade sig mot beslutet till förmån för förvaltningens förslag.',
    );
    expect(live.quote).toEqual([
      `"${board} godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen."`,
    ]);
  });

  it('quotes a party proposal in full, and written reasons instead when there are any', () => {
    const inFavour = liveReservation(
      { reservants: [maria], inFavourOf: 'p1', writtenParagraphs: [] },
      paragraph,
      template,
    );
    expect(inFavour.sentence.text).toMatch(/till förmån för förslaget från \(L\) och \(M\)\.$/);
    expect(inFavour.quote).toEqual(['"Egen text."']);
    const written = liveReservation(
      { reservants: [maria], inFavourOf: 'p1', writtenParagraphs: ['Vi anser annat.', 'Mer.'] },
      paragraph,
      template,
    );
    expect(written.quote).toEqual(['"Vi anser annat.', 'Mer."']);
  });

  it('reserves without a proposal, hints without reservants, and quotes nothing it cannot', () => {
    expect(
      liveReservation({ reservants: [maria], inFavourOf: '', writtenParagraphs: [] }, paragraph, template),
    ).toEqual({
      sentence: { complete: true, text: 'Maria Ljuslin m.fl. (V) reserverade sig mot beslutet.' },
      quote: [],
    });
    expect(
      liveReservation({ reservants: [], inFavourOf: 'administration', writtenParagraphs: [] }, paragraph, template)
        .sentence.complete,
    ).toBe(false);
    const withoutRecipient = { ...paragraph, administrationProposal: undefined };
    expect(
      liveReservation(
        { reservants: [maria], inFavourOf: 'administration', writtenParagraphs: [] },
        withoutRecipient,
        template,
      ).quote,
    ).toEqual([]);
    const gone = liveReservation(
      { reservants: [maria], inFavourOf: 'borta', writtenParagraphs: [] },
      paragraph,
      template,
    );
    expect(gone).toEqual({
      sentence: { complete: false, text: 'Det valda förslaget finns inte längre i dokumentet.' },
      quote: [],
    });
  });
});

describe('liveStatementSentence', () => {
  it('introduces each kind with its phrase', () => {
    expect(
      liveStatementSentence(
        'sarskilt_uttalande',
        [{ name: 'Henrik Åkerlund', party: 'SD', andOthers: false }],
        template,
      ).text,
    ).toBe('Henrik Åkerlund (SD) anmälde ett särskilt uttalande.');
    expect(liveStatementSentence('protokollsanteckning', [maria], template).text).toBe(
      'Maria Ljuslin m.fl. (V) anmälde en protokollsanteckning.',
    );
    expect(liveStatementSentence('ersattaryttrande', [], template).complete).toBe(false);
  });
});

describe('liveVoteSentences', () => {
  const fields = { yesFor: 'p1', noFor: 'administration', countYes: null, countNo: 4, countAbstained: null };
  const lists = { yes: [abit, anette], no: [], abstained: [] };

  it('phrases the proposition, the named lists and the result, counting empty counts from the lists', () => {
    const sentences = liveVoteSentences(fields, lists, 'p1', [ownProposal], template);
    expect(sentences.every((live) => live.complete)).toBe(true);
    expect(sentences.map((live) => live.text)).toEqual([
      'Votering begärdes. Ordföranden ställde proposition med Ja för förslaget från (L) och (M) och Nej för förvaltningens förslag.',
      'Följande röstade Ja (2): Abit Dundar (L) och Anette Hellström m.fl. (M).',
      'Omröstningen utföll med Ja 2, Nej 4 och 0 som avstod. Nämnden beslutade därmed enligt förslaget från (L) och (M).',
    ]);
  });

  it('hints until the proposition and the winning proposal are chosen', () => {
    expect(liveVoteSentences({ ...fields, yesFor: '' }, lists, 'p1', [ownProposal], template)[0]?.text).toBe(
      'Välj vilka förslag Ja och Nej gällde.',
    );
    expect(liveVoteSentences(fields, lists, '', [ownProposal], template)[0]?.complete).toBe(false);
    expect(liveVoteSentences(fields, lists, 'p1', [otherProposal], template)[0]?.text).toBe(
      'Det valda förslaget finns inte längre i dokumentet.',
    );
  });
});
