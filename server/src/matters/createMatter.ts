import { randomUUID } from 'node:crypto';
import type { Matter, Organisation, OrganisationStore } from '../organisation/OrganisationStore';
import { newDocumentId } from '../routes/newDocumentId';
import type { DocumentStore } from '../storage/DocumentStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';

export type NewMatter = Pick<Matter, 'caseNumber' | 'title' | 'kind' | 'meetingDate' | 'replyDeadline'>;

/** Registers a matter and creates its protocol paragraph, laid out by the board's template. */
export async function createMatter(
  store: DocumentStore,
  organisations: OrganisationStore,
  organisation: Organisation,
  input: NewMatter,
): Promise<{ matter: Matter; protocolDocumentId: string }> {
  const matter: Matter = {
    id: randomUUID(),
    organisationId: organisation.id,
    ...input,
    status: 'drafting',
    createdAt: Date.now(),
  };
  await organisations.createMatter(matter);
  const paragraph = newDocumentRecord({
    id: newDocumentId(),
    title: `${matter.caseNumber} ${matter.title}`,
    kind: 'protocol',
    templateId: organisation.templateId,
    organisationId: organisation.id,
    matterId: matter.id,
    role: 'protocol',
  });
  await store.createDocument(paragraph);
  return { matter, protocolDocumentId: paragraph.id };
}
