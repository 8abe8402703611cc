import { describe, expect, it } from 'vitest';
import { seedParagraph } from '../fixtures/seedParagraph';
import { defaultParties } from './defaultParties';
import { findParagraphProblems } from './findParagraphProblems';
import type { ParagraphBlock } from './paragraphBlockSchema';
import { parseProtocolParagraph } from './parseProtocolParagraph';
import type { ProtocolParagraph } from './protocolParagraphSchema';

const withBlocks = (change: (blocks: ParagraphBlock[]) => ParagraphBlock[]): ProtocolParagraph => {
  const copy = structuredClone(seedParagraph);
  return { ...copy, blocks: change(copy.blocks) };
};
const maria = { name: 'Maria Ljuslin', party: 'V', andOthers: true };

describe('parseProtocolParagraph', () => {
  it('accepts the seed paragraph unchanged', () => {
    expect(parseProtocolParagraph(seedParagraph)).toEqual(seedParagraph);
  });

  it('reports header problems in Swedish, with their path', () => {
    const broken = structuredClone(seedParagraph);
    broken.header.meetingDate = '2019-02-30';
    broken.header.caseNumber = 'HL-2019-310';
    broken.header.protocolNumber = 'nr 8';
    expect(() => parseProtocolParagraph(broken)).toThrowError(
      /header\.protocolNumber: Protokollnumret ska skrivas som löpnummer\/år[\s\S]*header\.meetingDate: Sammanträdesdatumet ska vara ett giltigt datum[\s\S]*header\.caseNumber: Diarienumret ska skrivas/,
    );
  });

  it('uses Swedish messages for plain shape errors too', () => {
    expect(() => parseProtocolParagraph({ ...seedParagraph, blocks: 'inga' })).toThrowError(
      'blocks: Ogiltig inmatning: förväntat lista, fick string',
    );
  });

  it('reports cross-block problems, such as a reference to a proposal that does not exist', () => {
    const broken = withBlocks((blocks) =>
      blocks.map((block) => (block.type === 'decisionProcedure' ? { ...block, winningProposal: 'x' } : block)),
    );
    expect(() => parseProtocolParagraph(broken)).toThrowError(
      'Beslutsgången hänvisar till förslaget "x", som inte finns.',
    );
  });
});

describe('findParagraphProblems', () => {
  it('finds nothing in the seed, and checks party abbreviations against the list when given one', () => {
    expect(findParagraphProblems(seedParagraph, defaultParties)).toEqual([]);
    expect(
      findParagraphProblems(
        seedParagraph,
        defaultParties.filter((party) => party.abbreviation !== 'SD'),
      ),
    ).toEqual(['Partiet "SD" finns inte i nämndens partilista.']);
  });

  it('refuses duplicate proposal ids, the reserved id, and own text on an administration proposal', () => {
    const problems = findParagraphProblems(
      withBlocks((blocks) => [
        ...blocks,
        { type: 'proposal', id: 'l-m-mp-c', kind: 'own', proposers: [maria], paragraphs: ['Text.'], additions: [] },
        {
          type: 'proposal',
          id: 'administration',
          kind: 'administration',
          proposers: [maria],
          paragraphs: ['Text.'],
          additions: [],
        },
      ]),
    );
    expect(problems).toEqual([
      'Två förslag har samma id "l-m-mp-c".',
      'Id:t "administration" är reserverat för förvaltningens förslag.',
      'Förslaget "administration" följer förvaltningens förslag och kan inte ha egen text.',
    ]);
  });

  it('refuses a second decision and a reservation in favour of the winning proposal', () => {
    const problems = findParagraphProblems(
      withBlocks((blocks) => [
        ...blocks,
        { type: 'decision', paragraphs: ['Ett till beslut.'], additions: [] },
        { type: 'reservation', reservants: [maria], inFavourOf: 'l-m-mp-c' },
      ]),
    );
    expect(problems).toEqual([
      'Paragrafen får bara ha ett beslut.',
      'En reservation kan inte vara till förmån för det förslag som nämnden ställde sig bakom.',
    ]);
  });

  it('needs the administration proposal when a reservation quotes it', () => {
    const { administrationProposal: _dropped, ...withoutAdministration } = structuredClone(seedParagraph);
    expect(findParagraphProblems(withoutAdministration)).toEqual([
      'Reservationen är till förmån för förvaltningens förslag, men förvaltningens förslag saknas.',
    ]);
  });

  it('checks a vote: counts against named lists, people voting twice, and the outcome against the winner', () => {
    const person = (name: string) => ({ name, party: 'S', andOthers: false });
    const problems = findParagraphProblems(
      withBlocks((blocks) =>
        blocks.map((block) =>
          block.type === 'decisionProcedure'
            ? {
                ...block,
                vote: {
                  yesFor: 'l-m-mp-c',
                  noFor: 'v-s-sd',
                  yes: [person('A'), person('B')],
                  no: [person('B')],
                  abstained: [],
                  counts: { yes: 3, no: 5, abstained: 0 },
                },
              }
            : block,
        ),
      ),
    );
    expect(problems).toEqual([
      'Antalet röster för Ja (3) stämmer inte med de 2 namngivna.',
      'Antalet röster för Nej (5) stämmer inte med de 1 namngivna.',
      'B förekommer mer än en gång i voteringen.',
      'Voteringens utfall stämmer inte med förslaget som nämnden ställde sig bakom.',
    ]);
  });

  it('passes on attachment problems', () => {
    const problems = findParagraphProblems(
      withBlocks((blocks) => [
        ...blocks.filter((block) => block.type !== 'attachments'),
        {
          type: 'attachments',
          rows: [{ documentNumber: 'HL 2019/999-1', title: 'Fel ärende' }],
        },
      ]),
    );
    expect(problems).toEqual([
      'Rad 1: handlingsnumret "HL 2019/999-1" ska börja med ärendets diarienummer följt av bindestreck ("HL 2019/310-").',
    ]);
  });
});
