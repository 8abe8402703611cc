import { describe, expect, it } from 'vitest';
import { seedParagraph } from '../fixtures/seedParagraph';
import type { ParagraphBlock } from '../model/paragraphBlockSchema';
import type { ProtocolParagraph } from '../model/protocolParagraphSchema';
import { stockholmDistrictBoardTemplate as template } from '../template/stockholmDistrictBoardTemplate';
import type { RenderBlock } from './renderBlock';
import { renderParagraph } from './renderParagraph';

const headingsOf = (blocks: RenderBlock[]) => blocks.flatMap((block) => (block.kind === 'heading' ? [block.text] : []));
const withBlocks = (blocks: ParagraphBlock[]): ProtocolParagraph => ({ ...seedParagraph, blocks });

describe('renderParagraph with the Stockholm template', () => {
  const rendered = renderParagraph(seedParagraph, template);

  it('opens with the page header and the paragraph header', () => {
    expect(rendered.slice(0, 5)).toEqual([
      {
        kind: 'pageHeader',
        board: 'Hägersten-Liljeholmens stadsdelsnämnd',
        protocol: 'Protokoll nr 8/2019',
        meetingDate: '2019-08-29',
      },
      { kind: 'paragraphNumber', text: '§ 6' },
      {
        kind: 'title',
        text: 'Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm',
      },
      { kind: 'matterKind', text: 'Yttrande till kommunstyrelsen' },
      { kind: 'caseNumber', text: 'HL 2019/310' },
    ]);
  });

  it('prints the sections in template order, repeating the heading per statement and leaving out empty ones', () => {
    expect(headingsOf(rendered)).toEqual([
      'Beslut',
      'Sammanfattning av ärendet',
      'Förslag till beslut',
      'Beslutsgång',
      'Reservation',
      'Särskilt uttalande',
      'Särskilt uttalande',
      'Handlingar i ärendet',
    ]);
  });

  it('numbers the additions of the decision as separate items after its introduction', () => {
    const beslut = rendered.slice(rendered.findIndex((block) => block.kind === 'heading' && block.text === 'Beslut'));
    expect(beslut.slice(1, 8).map((block) => block.kind)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'numberedItem',
      'numberedItem',
      'numberedItem',
    ]);
    expect(beslut.filter((block) => block.kind === 'numberedItem').map((block) => block.number)).toEqual([1, 2, 3]);
  });

  it('quotes the reservation’s proposal and each statement, opening and closing the quote once', () => {
    const quotes = rendered.filter((block): block is Extract<RenderBlock, { kind: 'quote' }> => block.kind === 'quote');
    expect(quotes.map((quote) => quote.paragraphs.length)).toEqual([1, 4, 3]);
    for (const { paragraphs } of quotes) {
      expect(paragraphs[0]!.startsWith('"')).toBe(true);
      expect(paragraphs.at(-1)!.endsWith('"')).toBe(true);
      expect(paragraphs.join('').match(/"/g)).toHaveLength(2);
    }
  });

  it('lists the attachments in their own order, with status only where there is one', () => {
    const attachments = rendered.filter((block) => block.kind === 'attachment');
    expect(attachments.map((row) => row.documentNumber)).toEqual([
      'HL 2019/310-2',
      'HL 2019/310-1',
      'HL 2019/310-1.1',
      'HL 2019/310-1.3',
    ]);
    expect(attachments[0]).toMatchObject({ status: 'Godkänd - R 1' });
    expect(attachments[1]).not.toHaveProperty('status');
  });

  it('depends on the template, not on the order of blocks in the document', () => {
    // Attachments first, the decision and the proposals last; blocks of one kind keep their relative order.
    const blocks = seedParagraph.blocks;
    const shuffled = [blocks.at(-1)!, ...blocks.slice(5, -1), ...blocks.slice(0, 5)];
    expect(renderParagraph(withBlocks(shuffled), template)).toEqual(rendered);
  });

  it('leaves out a section whose blocks have nothing to print, heading included', () => {
    const blocks = seedParagraph.blocks.map((block) =>
      block.type === 'summary' ? { ...block, paragraphs: [] } : block,
    );
    expect(headingsOf(renderParagraph(withBlocks(blocks), template))).not.toContain('Sammanfattning av ärendet');
  });

  it('places a protocol note under its own heading after the statements', () => {
    const note: ParagraphBlock = {
      type: 'statement',
      kind: 'protokollsanteckning',
      authors: [{ name: 'Eva Ek', party: 'KD', andOthers: false, role: 'ersättare' }],
      paragraphs: ['Vi noterar att remisstiden var kort.'],
    };
    const blocks = [note, ...seedParagraph.blocks];
    const output = renderParagraph(withBlocks(blocks), template);
    expect(headingsOf(output).slice(-2)).toEqual(['Protokollsanteckning', 'Handlingar i ärendet']);
    const index = output.findIndex((block) => block.kind === 'heading' && block.text === 'Protokollsanteckning');
    expect(output.slice(index + 1, index + 3)).toEqual([
      { kind: 'text', text: 'ersättare Eva Ek (KD) anmälde en protokollsanteckning.' },
      { kind: 'quote', paragraphs: ['"Vi noterar att remisstiden var kort."'] },
    ]);
  });
});
