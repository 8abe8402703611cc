import { describe, expect, it } from 'vitest';
import { seedParagraph } from '../fixtures/seedParagraph';
import { parseTemplate } from '../template/parseTemplate';
import type { RenderBlock } from './renderBlock';
import { renderParagraph } from './renderParagraph';
import { renderPlainText } from './renderPlainText';

/**
 * Another municipality's conventions, written as plain data (as if loaded from settings): other headings, another
 * section order, the closing sentence moved under "Propositionsordning", plural headings printed once, other
 * phrasing and typographic quotation marks. Nothing in the code knows about any of it.
 */
const municipalExecutiveBoardTemplate = parseTemplate({
  name: 'Exempelkommunen – kommunstyrelsen',
  sections: [
    { id: 'arendet', heading: 'Ärendet', contents: ['summary'] },
    { id: 'yrkanden', heading: 'Yrkanden', contents: ['proposal'] },
    { id: 'propositionsordning', heading: 'Propositionsordning', contents: ['proposalsClosing', 'decisionProcedure'] },
    { id: 'beslut', heading: 'Beslut', contents: ['decision'] },
    { id: 'reservationer', heading: 'Reservationer', contents: ['reservation'] },
    { id: 'sarskildaUttalanden', heading: 'Särskilda uttalanden', contents: ['sarskilt_uttalande'] },
    { id: 'anteckningar', heading: 'Protokollsanteckningar', contents: ['protokollsanteckning', 'ersattaryttrande'] },
    { id: 'underlag', heading: 'Beslutsunderlag', contents: ['attachments'] },
  ],
  phrases: {
    person: '{name} ({party})',
    personAndOthers: '{name} ({party})',
    personWithRole: '{role} {person}',
    paragraphNumber: '{paragraphNumber} §',
    protocolNumber: 'Sammanträdesprotokoll {protocolNumber}',
    decisionApproveReport: 'Tjänsteutlåtandet godkänns och överlämnas till {recipient} som svar på remissen.',
    decisionApproveReportStatingInAddition:
      'Tjänsteutlåtandet godkänns och överlämnas till {recipient} som svar på remissen, med följande tillägg.',
    quotedAddition: '{number}) {text}',
    proposalOwn: '{proposers} yrkade bifall till det egna yrkandet.',
    proposalAdministration: '{proposers} yrkade bifall till förvaltningens förslag.',
    proposalsClosing: 'Överläggningen förklarades avslutad.',
    partyProposalReference: 'yrkandet från {partyAbbreviations}',
    administrationProposalReference: 'förvaltningens förslag',
    decisionProcedure:
      'Ordföranden ställde proposition på yrkandena och fann att kommunstyrelsen beslutat enligt {winningProposal}.',
    voteProposition: 'Omröstning begärdes. Ja för bifall till {yesProposal}, Nej för bifall till {noProposal}.',
    voteYes: '{voters} röstar Ja ({count}).',
    voteNo: '{voters} röstar Nej ({count}).',
    voteAbstained: '{voters} avstår ({count}).',
    voteResult: 'Omröstningsresultat: Ja {yesCount}, Nej {noCount}, avstår {abstainedCount}.',
    reservationInFavour: '{reservants} reserverar sig mot beslutet till förmån för det egna yrkandet.',
    reservationWithoutProposal: '{reservants} reserverar sig mot beslutet.',
    sarskiltUttalande: '{authors} lämnar ett särskilt uttalande:',
    protokollsanteckning: '{authors} antecknar följande till protokollet:',
    ersattaryttrande: '{authors} lämnar ett ersättaryttrande:',
  },
  quotationMarks: { open: '”', close: '”' },
});

const rendered = renderParagraph(seedParagraph, municipalExecutiveBoardTemplate);
const textsAfter = (heading: string, count: number) => {
  const index = rendered.findIndex((block) => block.kind === 'heading' && block.text === heading);
  expect(index).toBeGreaterThan(-1);
  return rendered.slice(index + 1, index + 1 + count);
};

describe('a template from another municipality, changing the output with no code change', () => {
  it('uses its own headings and section order, printing plural headings once', () => {
    expect(rendered.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      'Ärendet',
      'Yrkanden',
      'Propositionsordning',
      'Beslut',
      'Reservationer',
      'Särskilda uttalanden',
      'Beslutsunderlag',
    ]);
  });

  it('phrases proposals, the closing and the procedure its own way, closing under Propositionsordning', () => {
    expect(textsAfter('Yrkanden', 2)).toEqual([
      {
        kind: 'text',
        text: 'Abit Dundar (L), Anette Hellström (M), Lara Siadat (MP) och Johan Vesterlund (C) yrkade bifall till det egna yrkandet.',
      },
      {
        kind: 'text',
        text: 'Maria Ljuslin (V), Eva Fagerhem (S) och Henrik Åkerlund (SD) yrkade bifall till förvaltningens förslag.',
      },
    ]);
    expect(textsAfter('Propositionsordning', 2)).toEqual([
      { kind: 'text', text: 'Överläggningen förklarades avslutad.' },
      {
        kind: 'text',
        text: 'Ordföranden ställde proposition på yrkandena och fann att kommunstyrelsen beslutat enligt yrkandet från L, M, MP och C.',
      },
    ]);
  });

  it('phrases the decision sentence and the quoted administration proposal from the same fields', () => {
    expect(textsAfter('Beslut', 1)).toEqual([
      {
        kind: 'text',
        text: 'Tjänsteutlåtandet godkänns och överlämnas till kommunstyrelsen som svar på remissen, med följande tillägg.',
      },
    ]);
    expect(textsAfter('Reservationer', 2)).toEqual([
      {
        kind: 'text',
        text: 'Maria Ljuslin (V), Eva Fagerhem (S) och Henrik Åkerlund (SD) reserverar sig mot beslutet till förmån för det egna yrkandet.',
      },
      {
        kind: 'quote',
        paragraphs: ['”Tjänsteutlåtandet godkänns och överlämnas till kommunstyrelsen som svar på remissen.”'],
      },
    ]);
  });

  it('puts both statements under one heading, with its own quotation marks', () => {
    const statements = textsAfter('Särskilda uttalanden', 4) as RenderBlock[];
    expect(statements.map((block) => block.kind)).toEqual(['text', 'quote', 'text', 'quote']);
    expect(statements[2]).toEqual({ kind: 'text', text: 'Henrik Åkerlund (SD) lämnar ett särskilt uttalande:' });
    const sdQuote = statements[3] as Extract<RenderBlock, { kind: 'quote' }>;
    expect(sdQuote.paragraphs[0]).toMatch(/^”Sverigedemokraterna delar/);
    expect(sdQuote.paragraphs.at(-1)).toMatch(/problem som finns\.”$/);
  });

  it('writes its own header, and the plain text export follows without a change either', () => {
    expect(rendered[1]).toEqual({ kind: 'paragraphNumber', text: '6 §' });
    expect(renderPlainText(rendered)).toMatch(
      /^Hägersten-Liljeholmens stadsdelsnämnd Sammanträdesprotokoll 8\/2019\n2019-08-29\n\n6 §\n/,
    );
  });
});
