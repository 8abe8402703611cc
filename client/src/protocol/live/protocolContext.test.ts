import { type ProtocolParagraph, stockholmDistrictBoardTemplate as template } from '@yttra/domain';
import { contentFromParagraph, getEditorSchema } from '@yttra/editor';
import { describe, expect, it } from 'vitest';
import { protocolContextOf } from './protocolContext';

const schema = getEditorSchema();

const person = (name: string, party: string) => ({ name, party, andOthers: false });
const proposal = (id: string, parties: string[]) => ({
  type: 'proposal' as const,
  id,
  kind: 'own' as const,
  proposers: parties.map((party) => person(`Ledamot ${party}`, party)),
  paragraphs: [],
  additions: [],
});
const seedParagraph: ProtocolParagraph = {
  header: {
    board: 'Hägersten-Liljeholmens stadsdelsnämnd',
    protocolNumber: '8/2019',
    meetingDate: '2019-08-29',
    paragraphNumber: 6,
    title: 'Övergripande samverkansöverenskommelse',
    matterKind: 'Yttrande till kommunstyrelsen',
    caseNumber: 'HL 2019/310',
  },
  administrationProposal: {
    sentence: { kind: 'approveReportAsReply', recipient: 'kommunstyrelsen', statesInAddition: false },
    paragraphs: [],
    additions: [],
  },
  blocks: [proposal('a', ['L', 'M', 'MP', 'C']), proposal('b', ['V', 'S', 'SD'])],
};

describe('protocolContextOf', () => {
  it('reads the header, the template and the proposals of a document', () => {
    const doc = schema.nodeFromJSON(contentFromParagraph(seedParagraph, template));
    const context = protocolContextOf(doc);
    expect(context.board).toBe('Hägersten-Liljeholmens stadsdelsnämnd');
    expect(context.replyTo).toBe('kommunstyrelsen');
    expect(context.caseNumber).toBe('HL 2019/310');
    expect(context.template).toBe(template);
    expect(context.proposals.map((proposal) => proposal.proposers.map((person) => person.party))).toEqual([
      ['L', 'M', 'MP', 'C'],
      ['V', 'S', 'SD'],
    ]);
  });

  it('computes once per document state, however many views ask', () => {
    const doc = schema.nodeFromJSON(contentFromParagraph(seedParagraph, template));
    expect(protocolContextOf(doc)).toBe(protocolContextOf(doc));
  });

  it('copes with a document without a header', () => {
    const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(protocolContextOf(doc)).toMatchObject({ board: '', replyTo: '', caseNumber: '', proposals: [] });
  });
});
