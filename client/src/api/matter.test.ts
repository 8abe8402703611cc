import { matterDetailsSchema, matterListSchema, tabledVersionsSchema } from '@yttra/api';
import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError } from './documentSummary';
import { parseAnswer } from './parseAnswer';

const matter = {
  id: 'm-1',
  organisationId: 'hl',
  caseNumber: 'HL 2019/310',
  title: 'Samverkan',
  kind: 'Yttrande till kommunstyrelsen',
  meetingDate: '2019-08-29',
  replyDeadline: null,
  status: 'drafting',
  createdAt: 1,
};
const access = { read: true, write: true, comment: true, suggest: true };
const draft = {
  id: 'draft12345',
  title: 'Vårt förslag',
  kind: 'protocol',
  templateId: 'stockholm-district-board',
  createdAt: 2,
  organisationId: 'hl',
  matterId: 'm-1',
  role: 'draft',
  draftKind: 'proposal',
  approvedAt: null,
  approvedChecksum: null,
  access,
  ownerGroups: [{ id: 'hl-m', name: 'Moderaterna (M)', suggestOnly: false }],
  tabledVersions: 1,
  changedSinceTabled: true,
};
const details = {
  matter,
  deadlines: [],
  role: 'member',
  partyGroupId: 'hl-m',
  partyGroups: [{ id: 'hl-m', organisationId: 'hl', partyAbbreviation: 'M', name: 'Moderaterna (M)' }],
  documents: [draft],
  tabled: [
    {
      documentId: 'draft12345',
      title: 'Vårt förslag',
      draftKind: 'proposal',
      groups: ['Moderaterna (M)'],
      version: 1,
      tabledAt: 3,
    },
  ],
  assembled: [
    {
      protocolDocumentId: 'para12345',
      draftDocumentId: 'draft12345',
      draftVersion: 1,
      assembledAt: 4,
      assembledBy: 'u',
    },
  ],
};

describe('the matter answers, checked against the shared schemas', () => {
  it('reads the matters, and refuses an unknown status', () => {
    expect(
      parseAnswer(matterListSchema, { matters: [{ ...matter, deadlines: [] }] }, 'ärendelista').matters[0],
    ).toMatchObject({
      caseNumber: 'HL 2019/310',
      replyDeadline: null,
    });
    expect(() =>
      parseAnswer(matterListSchema, { matters: [{ ...matter, deadlines: [], status: 'archived' }] }, 'ärendelista'),
    ).toThrow(UnexpectedResponseError);
  });

  it('reads a matter with the caller’s role, the visible documents, the tabled versions and the assembly', () => {
    const parsed = parseAnswer(matterDetailsSchema, details, 'ärende');
    expect(parsed.documents[0]).toMatchObject({ role: 'draft', draftKind: 'proposal', changedSinceTabled: true });
    expect(parsed.tabled[0]?.version).toBe(1);
    expect(parsed.assembled[0]).toMatchObject({ draftDocumentId: 'draft12345', draftVersion: 1 });
  });

  it('refuses a document id that could not be one, naming what was wrong', () => {
    const broken = { ...details, documents: [{ ...draft, id: '../x' }] };
    expect(() => parseAnswer(matterDetailsSchema, broken, 'ärende')).toThrow('Oväntat svar från servern (ärende)');
  });

  it('keeps a tabled version’s text and frozen content', () => {
    const tabled = { version: 1, tabledAt: 3, tabledBy: 'Anna', text: 'T', content: { type: 'doc' } };
    const answer = { documentId: 'draft12345', title: 'T', draftKind: 'proposal', tabled: [tabled] };
    expect(parseAnswer(tabledVersionsSchema, answer, 'inlämnade versioner').tabled).toEqual([tabled]);
  });
});
