import type { Matter, Membership, TabledVersion } from './OrganisationStore';

// Rows of the organisation tables as both engines return them, and what they mean.

export interface MatterRow {
  id: string;
  organisation_id: string;
  case_number: string;
  title: string;
  kind: string;
  meeting_date: string | null;
  reply_deadline: string | null;
  status: Matter['status'];
  created_at: number;
}

export interface TabledRow {
  document_id: string;
  version: number;
  tabled_at: number;
  tabled_by: string;
  content_json: string;
  state: Buffer;
}

export interface MembershipRow {
  organisation_id: string;
  user_id: string;
  role: Membership['role'];
  party_group_id: string | null;
}

export const toMembership = (row: MembershipRow): Membership => ({
  organisationId: row.organisation_id,
  userId: row.user_id,
  role: row.role,
  partyGroupId: row.party_group_id,
});

export const toMatter = (row: MatterRow): Matter => ({
  id: row.id,
  organisationId: row.organisation_id,
  caseNumber: row.case_number,
  title: row.title,
  kind: row.kind,
  meetingDate: row.meeting_date,
  replyDeadline: row.reply_deadline,
  status: row.status,
  createdAt: row.created_at,
});

export const toTabled = (row: TabledRow): TabledVersion => ({
  documentId: row.document_id,
  version: row.version,
  tabledAt: row.tabled_at,
  tabledBy: row.tabled_by,
  contentJson: row.content_json,
  state: new Uint8Array(row.state),
});
