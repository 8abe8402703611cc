import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError } from './documentSummary';
import { parseMatterDetails, parseMatterList, parseTabledVersions } from './matter';

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
const access = { read: true, write: true, comment: true };
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
  ownerGroups: [{ id: 'hl-m', name: 'Moderaterna (M)' }],
  tabledVersions: 1,
  changedSinceTabled: true,
};

describe('parseMatterList', () => {
  it('reads the matters', () => {
    expect(parseMatterList({ matters: [matter] })[0]).toMatchObject({ caseNumber: 'HL 2019/310', replyDeadline: null });
  });

  it('refuses an unknown status', () => {
    expect(() => parseMatterList({ matters: [{ ...matter, status: 'archived' }] })).toThrow(UnexpectedResponseError);
  });
});

describe('parseMatterDetails', () => {
  it('reads the matter with the caller’s role, the visible documents, the tabled versions and the assembly', () => {
    const details = parseMatterDetails({
      matter,
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
    });
    expect(details.documents[0]).toMatchObject({ role: 'draft', draftKind: 'proposal', changedSinceTabled: true });
    expect(details.tabled[0]?.version).toBe(1);
    expect(details.assembled).toEqual([{ draftDocumentId: 'draft12345', draftVersion: 1, assembledAt: 4 }]);
  });

  it('refuses a document id that could not be one', () => {
    expect(() =>
      parseMatterDetails({ matter, role: 'member', partyGroupId: null, documents: [{ ...draft, id: '../x' }] }),
    ).toThrow(UnexpectedResponseError);
  });
});

describe('parseTabledVersions', () => {
  it('keeps the text and the frozen content', () => {
    expect(
      parseTabledVersions({
        tabled: [{ version: 1, tabledAt: 3, tabledBy: 'Anna', text: 'T', content: { type: 'doc' } }],
      }),
    ).toEqual([{ version: 1, tabledAt: 3, tabledBy: 'Anna', text: 'T', content: { type: 'doc' } }]);
  });
});
