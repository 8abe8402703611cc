import type { Membership, OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentRecord, DocumentStore } from '../storage/DocumentStore';
import { type Access, decideAccess } from './decideAccess';

export interface ResolvedDocument {
  record: DocumentRecord;
  ownerGroupIds: string[];
  suggestOnlyGroupIds: string[];
  access: Access;
}

/**
 * A document with what the given memberships may do with it; undefined when no such document exists, which a
 * withdrawn draft no longer does for anyone (its tabled versions are read through the tabled route).
 */
export async function resolveDocumentAccess(
  store: DocumentStore,
  organisations: OrganisationStore,
  memberships: readonly Membership[],
  documentId: string,
): Promise<ResolvedDocument | undefined> {
  const record = await store.getDocument(documentId);
  if (!record || (record.withdrawnAt ?? null) !== null) return undefined;
  const ownerGroupIds = record.role === 'draft' ? await organisations.documentGroups(documentId) : [];
  const suggestOnlyGroupIds = record.role === 'draft' ? await organisations.documentSuggestOnlyGroups(documentId) : [];
  const facts = { document: record, ownerGroupIds, suggestOnlyGroupIds };
  return { record, ownerGroupIds, suggestOnlyGroupIds, access: decideAccess(memberships, facts) };
}
