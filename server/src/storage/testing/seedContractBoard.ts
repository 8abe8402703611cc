import { newDocumentRecord } from '../newDocumentRecord';
import type { Storage } from '../Storage';

export interface ContractBoard {
  organisationId: string;
  /** Users u1…u3, created in that order. */
  userIds: readonly string[];
  matterId: string;
  /** A protocol paragraph and one draft of the matter. */
  paragraphId: string;
  draftId: string;
}

/** What the store contracts need to refer to (foreign keys hold on both engines): a board, users, a matter. */
export async function seedContractBoard(storage: Storage): Promise<ContractBoard> {
  const userIds = ['u1', 'u2', 'u3'];
  for (const [index, id] of userIds.entries()) {
    await storage.accounts.createUser(
      { id, email: `${id}@kommun.se`, displayName: `Användare ${index + 1}`, createdAt: 100 + index },
      null,
    );
  }
  await storage.organisations.createOrganisation({ id: 'hl', name: 'Hälsa och lärande', templateId: 'standard' }, [
    { abbreviation: 'M', name: 'Moderaterna', color: '#1B49DD' },
    { abbreviation: 'S', name: 'Socialdemokraterna', color: '#E8112D' },
  ]);
  await storage.organisations.createMatter({
    id: 'matter-1',
    organisationId: 'hl',
    caseNumber: 'HL 2019/310',
    title: 'Remiss',
    kind: 'remiss',
    meetingDate: '2019-11-20',
    replyDeadline: '2019-12-01',
    status: 'drafting',
    createdAt: 200,
  });
  const placed = { organisationId: 'hl', matterId: 'matter-1' };
  await storage.documents.createDocument(
    newDocumentRecord({ id: 'paragraph', title: '§ 6', kind: 'protocol', role: 'protocol', ...placed }),
  );
  await storage.documents.createDocument(
    newDocumentRecord({ id: 'draft-m', title: 'M', role: 'draft', draftKind: 'proposal', ...placed }),
  );
  return { organisationId: 'hl', userIds, matterId: 'matter-1', paragraphId: 'paragraph', draftId: 'draft-m' };
}
