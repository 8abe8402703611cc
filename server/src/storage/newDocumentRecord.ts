import type { DocumentRecord } from './DocumentStore';

/** A record with every optional placement left empty: a free text document outside any organisation. */
export function newDocumentRecord(
  fields: Pick<DocumentRecord, 'id' | 'title'> & Partial<DocumentRecord>,
): DocumentRecord {
  return {
    kind: 'text',
    templateId: null,
    createdAt: Date.now(),
    organisationId: null,
    matterId: null,
    role: 'free',
    draftKind: null,
    approvedAt: null,
    approvedChecksum: null,
    withdrawnAt: null,
    ...fields,
  };
}
