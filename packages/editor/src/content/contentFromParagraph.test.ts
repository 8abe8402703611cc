import { type ProtocolParagraph, stockholmDistrictBoardTemplate as template } from '@yttra/domain';
import { seedParagraph } from '@yttra/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { getEditorSchema } from '../editorSchema';
import { paragraphFromContent } from '../mapping/paragraphFromContent';
import { contentFromParagraph } from './contentFromParagraph';
import { emptyProtocolContent } from './emptyProtocolContent';

const sectionIds = template.sections.map((section) => section.id);

describe('contentFromParagraph', () => {
  it('lays the seed out as header and one section per template section, in template order', () => {
    const content = contentFromParagraph(seedParagraph, template);
    expect(content.content?.map((node) => node.attrs?.sectionId ?? node.type)).toEqual([
      'protocolHeader',
      ...sectionIds,
    ]);
    expect(content.content?.[0]?.attrs).toEqual({
      templateId: 'stockholm-district-board',
      ...seedParagraph.header,
      replyTo: 'kommunstyrelsen',
      chair: '',
      quotationMarks: '',
    });
    const proposals = content.content?.find((node) => node.attrs?.sectionId === 'forslagTillBeslut')?.content;
    expect(proposals?.map((node) => [node.type, node.attrs?.proposalId])).toEqual([
      ['proposal', 'l-m-mp-c'],
      ['proposal', 'v-s-sd'],
      ['proposalsClosing', undefined],
    ]);
    // Sections without content (the seed has no protocol notes) get a paragraph to type in.
    const notes = content.content?.find((node) => node.attrs?.sectionId === 'protokollsanteckning');
    expect(notes?.content).toEqual([{ type: 'paragraph' }]);
    expect(() => getEditorSchema().nodeFromJSON(content).check()).not.toThrow();
  });

  it('renames proposals, and every reference to them, when given new ids', () => {
    const withVote: ProtocolParagraph = structuredClone(seedParagraph);
    withVote.blocks = withVote.blocks.map((block) =>
      block.type === 'decisionProcedure'
        ? {
            ...block,
            vote: {
              yesFor: 'l-m-mp-c',
              noFor: 'administration',
              yes: [{ name: 'Abit Dundar', party: 'L', andOthers: false, role: 'tjänstgörande ersättare' }],
              no: [],
              abstained: [],
              counts: { yes: 7, no: 6, abstained: 0 },
            },
          }
        : block,
    );
    const content = contentFromParagraph(withVote, template, { proposalIds: { 'l-m-mp-c': 'a1' } });
    const { paragraph, problems } = paragraphFromContent(content);
    expect(problems).toEqual([]);
    expect(paragraph.blocks.filter((block) => block.type === 'proposal').map((block) => block.id)).toEqual([
      'a1',
      'v-s-sd',
    ]);
    expect(paragraph.blocks.find((block) => block.type === 'decisionProcedure')).toEqual({
      type: 'decisionProcedure',
      winningProposal: 'a1',
      vote: { ...withVote.blocks.find((block) => block.type === 'decisionProcedure')!.vote!, yesFor: 'a1' },
    });
  });

  it('keeps written reservation reasons, line breaks and an unwritten statement valid', () => {
    const paragraph: ProtocolParagraph = {
      ...structuredClone(seedParagraph),
      blocks: [
        {
          type: 'reservation',
          reservants: [{ name: 'Eva Ek', party: 'S', andOthers: true }],
          quotedParagraphs: ['Första skälet.\nAndra raden.'],
        },
        { type: 'statement', kind: 'protokollsanteckning', authors: [], paragraphs: [] },
      ],
    };
    const content = contentFromParagraph(paragraph, template);
    expect(() => getEditorSchema().nodeFromJSON(content).check()).not.toThrow();
    expect(paragraphFromContent(content).paragraph.blocks).toEqual([
      paragraph.blocks[0],
      // An empty statement stays in the document (with an empty paragraph) but has no text to map.
      { type: 'statement', kind: 'protokollsanteckning', authors: [], paragraphs: [] },
    ]);
  });
});

describe('emptyProtocolContent', () => {
  it('is a valid document with the title, kommunstyrelsen as recipient, and a decision sentence', () => {
    const content = emptyProtocolContent('Remiss om parkering');
    const doc = getEditorSchema().nodeFromJSON(content);
    expect(() => doc.check()).not.toThrow();
    expect(doc.firstChild?.attrs).toMatchObject({
      templateId: 'stockholm-district-board',
      title: 'Remiss om parkering',
      replyTo: 'kommunstyrelsen',
      board: '',
      paragraphNumber: null,
    });
    const sections = content.content!.slice(1);
    expect(sections.map((section) => section.attrs?.sectionId)).toEqual(sectionIds);
    expect(sections[0]?.content).toEqual([
      { type: 'decisionSentence', attrs: { kind: 'approveReportAsReply', statesInAddition: false, text: '' } },
      { type: 'paragraph' },
    ]);
    expect(sections.slice(1).every((section) => section.content?.length === 1)).toBe(true);
  });

  it('is identical every time, so that a repeated seed merges in Yjs', () => {
    expect(emptyProtocolContent('Samma')).toEqual(emptyProtocolContent('Samma'));
  });
});
