import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';

export const CHECKSUM_PATTERN = /^[0-9a-f]{64}$/;

/** What is hashed, said once for the page and the JSON alike. */
export const HASHED_FILE = 'den justerade paragrafens textfil (.txt), byte för byte som den laddas ned';

export interface Verification {
  checksum: string;
  title: string;
  board: string;
  caseNumber: string | null;
  /** YYYY-MM-DD, when the matter has a meeting date. */
  meetingDate: string | null;
  approvedAt: number;
}

/** The approved paragraph a checksum belongs to, with its board and matter; undefined when none does. */
export async function findVerification(
  store: DocumentStore,
  organisations: OrganisationStore,
  checksum: string,
): Promise<Verification | undefined> {
  const record = await store.findApproved(checksum);
  if (!record || record.approvedAt === null) return undefined;
  const organisation = record.organisationId ? await organisations.getOrganisation(record.organisationId) : undefined;
  const matter = record.matterId ? await organisations.getMatter(record.matterId) : undefined;
  return {
    checksum,
    title: matter?.title ?? record.title,
    board: organisation?.name ?? '',
    caseNumber: matter?.caseNumber ?? null,
    meetingDate: matter?.meetingDate ?? null,
    approvedAt: record.approvedAt,
  };
}
