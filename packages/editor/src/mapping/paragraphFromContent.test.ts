import type { JSONContent } from '@tiptap/core';
import {
  compareWithSeed,
  type ProtocolParagraph,
  renderParagraph,
  renderPlainText,
  stockholmDistrictBoardTemplate as template,
} from '@yttra/domain';
import { readSeedText, seedParagraph } from '@yttra/domain/fixtures';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentFromParagraph } from '../content/contentFromParagraph';
import { emptyProtocolContent } from '../content/emptyProtocolContent';
import { contentToUpdate } from '../contentToUpdate';
import { documentToJSON } from '../documentToJSON';
import { paragraphFromContent } from './paragraphFromContent';

const seedText = readSeedText();
const seedContent = () => contentFromParagraph(seedParagraph, template);
const render = (paragraph: ProtocolParagraph) => renderPlainText(renderParagraph(paragraph, template));
const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const section = (sectionId: string, ...content: JSONContent[]): JSONContent => ({
  type: 'protocolSection',
  attrs: { sectionId },
  content,
});
const person = (name: string, party: string): JSONContent => ({ type: 'person', attrs: { name, party } });
const people = (purpose: string, ...persons: JSONContent[]): JSONContent => ({
  type: 'personList',
  attrs: { purpose },
  content: persons,
});
/** The seed document with its sections' content changed by `change`. */
const seedWith = (change: (nodes: JSONContent[]) => JSONContent[]): JSONContent => {
  const content = seedContent();
  return { ...content, content: change(content.content ?? []) };
};
const sectionOf = (nodes: JSONContent[], sectionId: string) =>
  nodes.find((node) => node.type === 'protocolSection' && node.attrs?.sectionId === sectionId)!;

describe('paragraphFromContent', () => {
  it('maps the seed document back to the seed paragraph, proposal ids included', () => {
    const { paragraph: mapped, problems } = paragraphFromContent(seedContent());
    expect(problems).toEqual([]);
    expect(mapped).toEqual(seedParagraph);
  });

  it('reproduces the seed protocol after a trip through Yjs', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, contentToUpdate(seedContent()));
    const { paragraph: mapped, problems } = paragraphFromContent(documentToJSON(doc));
    expect(problems).toEqual([]);
    expect(compareWithSeed(render(mapped), seedText)).toEqual({ equal: true });
  });

  it('keeps a misplaced block its kind, and renders it in its own section', () => {
    const moved = seedWith((nodes) => {
      const reservationSection = sectionOf(nodes, 'reservation');
      const reservation = reservationSection.content![0]!;
      reservationSection.content = [{ type: 'paragraph' }];
      sectionOf(nodes, 'sammanfattning').content!.unshift(reservation);
      return nodes;
    });
    const { paragraph: mapped, problems } = paragraphFromContent(moved);
    expect(problems).toEqual([]);
    expect(mapped).toEqual(seedParagraph);
  });

  it('appends paragraphs in no section to the summary, and ignores empty ones', () => {
    const content = seedWith((nodes) => {
      sectionOf(nodes, 'handlingar').content!.push({ type: 'paragraph' });
      return [paragraph('Före huvudet.'), ...nodes];
    });
    const summary = paragraphFromContent(content).paragraph.blocks.find((block) => block.type === 'summary');
    expect(summary?.paragraphs.slice(1)).toEqual(['Före huvudet.']);
  });

  it('prints prose written under a heading in that section, after its blocks (where the editor shows it)', () => {
    const content = seedWith((nodes) => {
      sectionOf(nodes, 'handlingar').content!.push(paragraph('Efter listan.'));
      sectionOf(nodes, 'forslagTillBeslut').content!.unshift(paragraph('Före förslagen.'));
      return nodes;
    });
    const { paragraph: mapped } = paragraphFromContent(content);
    expect(mapped.blocks.filter((block) => block.type === 'summary' && block.sectionId)).toEqual([
      { type: 'summary', paragraphs: ['Före förslagen.'], sectionId: 'forslagTillBeslut' },
      { type: 'summary', paragraphs: ['Efter listan.'], sectionId: 'handlingar' },
    ]);
    const text = renderPlainText(renderParagraph(mapped, template));
    expect(text.indexOf('Före förslagen.')).toBeGreaterThan(text.indexOf('Förslag till beslut'));
    expect(text.indexOf('Före förslagen.')).toBeLessThan(text.indexOf('Beslutsgång'));
    expect(text.indexOf('Efter listan.')).toBeGreaterThan(text.indexOf('Handlingar i ärendet'));
    expect(text.trimEnd().endsWith('Efter listan.')).toBe(true);
  });

  it('keeps the text of unknown nodes, StarterKit blocks and hard breaks as prose', () => {
    const content: JSONContent = {
      type: 'doc',
      content: [
        section(
          'sammanfattning',
          { type: 'oldFancyBox', content: [paragraph('Gammal ruta.'), { type: 'text', text: 'Lös text.' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Punkt ett.')] }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Rad ett', marks: [{ type: 'bold' }] },
              { type: 'hardBreak' },
              { type: 'text', text: 'rad två' },
            ],
          },
        ),
      ],
    };
    const { paragraph: mapped } = paragraphFromContent(content);
    expect(mapped.blocks).toEqual([
      { type: 'summary', paragraphs: ['Gammal ruta.', 'Lös text.', 'Punkt ett.', 'Rad ett\nrad två'] },
    ]);
  });

  it('sends decision sentences and additions to the enclosing proposal, else to the decision', () => {
    const content: JSONContent = {
      type: 'doc',
      content: [
        section('sammanfattning', paragraph('Sammanfattning.'), {
          type: 'numberedAdditions',
          content: [{ type: 'additionItem', content: [paragraph('Vilse tillägg.')] }],
        }),
        section('forslagTillBeslut', {
          type: 'proposal',
          attrs: { proposalId: 'p1', kind: 'own' },
          content: [
            people('proposers', person('Eva Ek', 'S')),
            { type: 'decisionSentence', attrs: { kind: 'freeText', text: 'Nämnden avslår remissen.' } },
            {
              type: 'numberedAdditions',
              content: [{ type: 'additionItem', content: [paragraph('Första'), paragraph('stycket.')] }],
            },
          ],
        }),
      ],
    };
    const { blocks } = paragraphFromContent(content).paragraph;
    expect(blocks).toEqual([
      { type: 'decision', paragraphs: [], additions: ['Vilse tillägg.'] },
      { type: 'summary', paragraphs: ['Sammanfattning.'] },
      {
        type: 'proposal',
        id: 'p1',
        kind: 'own',
        proposers: [{ name: 'Eva Ek', party: 'S', andOthers: false }],
        sentence: { kind: 'freeText', text: 'Nämnden avslår remissen.' },
        paragraphs: [],
        additions: ['Första stycket.'],
      },
    ]);
  });

  it('reports references to missing proposals and drops them, so that rendering cannot throw', () => {
    const content = seedWith((nodes) => {
      const procedure = sectionOf(nodes, 'beslutsgang').content![0]!;
      procedure.attrs = { winningProposal: 'borttaget' };
      const reservation = sectionOf(nodes, 'reservation').content![0]!;
      reservation.attrs = { inFavourOf: 'finns-inte' };
      return nodes;
    });
    const { paragraph: mapped, problems } = paragraphFromContent(content);
    expect(problems).toEqual([
      'Beslutsgången hänvisar till förslaget "borttaget", som inte finns, och skrivs inte ut.',
      'Reservationen hänvisar till förslaget "finns-inte", som inte finns; hänvisningen tas bort.',
    ]);
    expect(mapped.blocks.some((block) => block.type === 'decisionProcedure')).toBe(false);
    expect(mapped.blocks.find((block) => block.type === 'reservation')).not.toHaveProperty('inFavourOf');
    expect(render(mapped)).toContain('Henrik Åkerlund (SD) reserverade sig mot beslutet.\n');
  });

  it('drops a vote whose proposition is unfinished, and counts named lists where no count is given', () => {
    const withVote = (yesFor: string) =>
      seedWith((nodes) => {
        const procedure = sectionOf(nodes, 'beslutsgang').content![0]!;
        procedure.content = [
          {
            type: 'vote',
            attrs: { yesFor, noFor: 'v-s-sd', countYes: null, countNo: 4, countAbstained: null },
            content: [people('yes', person('A', 'L'), person('B', 'M')), people('no'), people('abstained')],
          },
        ];
        return nodes;
      });
    const procedureOf = (content: JSONContent) =>
      paragraphFromContent(content).paragraph.blocks.find((block) => block.type === 'decisionProcedure');

    expect(procedureOf(withVote('l-m-mp-c'))).toMatchObject({
      vote: { yes: [{ name: 'A' }, { name: 'B' }], counts: { yes: 2, no: 4, abstained: 0 } },
    });
    const unfinished = paragraphFromContent(withVote(''));
    expect(unfinished.problems).toEqual(['Voteringen anger inte vilka förslag Ja och Nej gällde och skrivs inte ut.']);
    expect(procedureOf(withVote(''))).toEqual({ type: 'decisionProcedure', winningProposal: 'l-m-mp-c' });
  });

  it('fills missing header fields with empty values and reports each in Swedish', () => {
    const { paragraph: mapped, problems } = paragraphFromContent(emptyProtocolContent('Ny remiss'));
    expect(mapped.header).toEqual({
      board: '',
      protocolNumber: '',
      meetingDate: '',
      paragraphNumber: 0,
      title: 'Ny remiss',
      matterKind: '',
      caseNumber: '',
    });
    expect(problems).toEqual([
      'Nämndens namn saknas.',
      'Protokollnumret saknas.',
      'Sammanträdesdatumet saknas.',
      'Ärendetypen saknas.',
      'Diarienumret saknas.',
      'Paragrafnumret saknas.',
    ]);
    // The new document's one block is the standard decision sentence, addressed to kommunstyrelsen.
    expect(mapped.blocks).toEqual([
      {
        type: 'decision',
        sentence: { kind: 'approveReportAsReply', recipient: 'kommunstyrelsen', statesInAddition: false },
        paragraphs: [],
        additions: [],
      },
    ]);
  });

  it('never throws on odd structure: no header, garbage content, misplaced people and lists', () => {
    const odd = {
      type: 'doc',
      content: [
        null,
        'text',
        { type: 'protocolSection', attrs: null, content: 'inte en lista' },
        { type: 'person', attrs: { name: 'Lös', party: 'S' } },
        { type: 'vote', content: [{ type: 'personList' }] },
        { type: 'protocolSection', attrs: { sectionId: 'okänt' }, content: [paragraph('I okänt avsnitt.')] },
        { type: 'statement', attrs: { kind: 'dikt' }, content: [people('authors'), paragraph('Vers.')] },
        { type: 'attachmentList', content: [{ type: 'attachmentRow', attrs: { documentNumber: 7 } }] },
      ],
    } as unknown as JSONContent;
    const { paragraph: mapped, problems } = paragraphFromContent(odd);
    expect(problems).toEqual([
      'Dokumentet saknar huvud (nämnd, protokoll, datum, paragraf och ärende).',
      'Ett avsnitt saknar id; dess text räknas till sammanfattningen.',
      'En person står utanför förslag, reservationer och uttalanden och skrivs inte ut.',
      'En votering står utanför beslutsgången och skrivs inte ut.',
      'Avsnittet "okänt" finns inte i mallen; dess text räknas till sammanfattningen.',
      'Uttalandet har den okända sorten "dikt"; det skrivs ut som särskilt uttalande.',
    ]);
    expect(mapped.blocks).toEqual([
      { type: 'summary', paragraphs: ['I okänt avsnitt.'] },
      { type: 'statement', kind: 'sarskilt_uttalande', authors: [], paragraphs: ['Vers.'] },
      { type: 'attachments', rows: [{ documentNumber: '7', title: '' }] },
    ]);
    expect(() => render(mapped)).not.toThrow();
    expect(() => paragraphFromContent({} as JSONContent)).not.toThrow();
  });

  it('prints a closing once even when two people added it, and keeps the first of two beslutsgångar', () => {
    const content = seedWith((nodes) => {
      sectionOf(nodes, 'forslagTillBeslut').content!.push({ type: 'proposalsClosing' });
      sectionOf(nodes, 'beslutsgang').content!.push({
        type: 'decisionProcedure',
        attrs: { winningProposal: 'v-s-sd' },
      });
      return nodes;
    });
    const { paragraph: mapped, problems } = paragraphFromContent(content);
    expect(problems).toEqual(['Dokumentet har mer än en beslutsgång; bara den första skrivs ut.']);
    expect(mapped).toEqual(seedParagraph);
  });

  it('quotes nothing for a reservation in favour of the administration when the header has no recipient', () => {
    const content = seedWith((nodes) => {
      nodes[0]!.attrs = { ...nodes[0]!.attrs, replyTo: '' };
      return nodes;
    });
    const { paragraph: mapped, problems } = paragraphFromContent(content);
    expect(problems).toContain(
      'Reservationen är till förmån för förvaltningens förslag, som inte kan citeras utan mottagare.',
    );
    expect(mapped.administrationProposal).toBeUndefined();
    expect(() => render(mapped)).not.toThrow();
  });
});
