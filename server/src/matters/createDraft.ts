import type { Matter, OrganisationStore } from '../organisation/OrganisationStore';
import { newDocumentId } from '../routes/newDocumentId';
import type { DocumentRecord, DocumentStore, DraftKind } from '../storage/DocumentStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';

export interface NewDraft {
  title: string;
  draftKind: DraftKind;
}

/**
 * A party group's new draft in a matter, owned by that group alone. Its content is seeded on first load by the
 * draft's kind (createSeedContent), so every draft — made through the API or by the demo — starts alike.
 */
export async function createDraft(
  store: DocumentStore,
  organisations: OrganisationStore,
  matter: Matter,
  partyGroupId: string,
  { title, draftKind }: NewDraft,
): Promise<DocumentRecord> {
  const organisation = await organisations.getOrganisation(matter.organisationId);
  const draft = newDocumentRecord({
    id: newDocumentId(),
    title,
    kind: 'protocol',
    templateId: organisation?.templateId ?? null,
    organisationId: matter.organisationId,
    matterId: matter.id,
    role: 'draft',
    draftKind,
  });
  await store.createDocument(draft);
  await organisations.setDocumentGroups(draft.id, [partyGroupId]);
  return draft;
}
