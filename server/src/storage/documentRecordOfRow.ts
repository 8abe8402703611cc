import type { DocumentKind, DocumentRecord, DocumentRole, DraftKind } from './DocumentStore';

/** A `documents` row as both engines return it (the same columns in SQLite and PostgreSQL). */
export interface DocumentRow {
  id: string;
  title: string;
  kind: DocumentKind;
  template_id: string | null;
  created_at: number;
  organisation_id: string | null;
  matter_id: string | null;
  role: DocumentRole;
  draft_kind: DraftKind | null;
  approved_at: number | null;
  approved_checksum: string | null;
  withdrawn_at: number | null;
}

export function documentRecordOfRow(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    templateId: row.template_id,
    createdAt: row.created_at,
    organisationId: row.organisation_id,
    matterId: row.matter_id,
    role: row.role,
    draftKind: row.draft_kind,
    approvedAt: row.approved_at,
    approvedChecksum: row.approved_checksum,
    withdrawnAt: row.withdrawn_at,
  };
}
