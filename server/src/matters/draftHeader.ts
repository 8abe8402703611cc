import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import { matterHeader } from './matterHeader';

/** The header a draft's sentences are phrased with: its matter's, or an empty one for a draft without a matter. */
export async function draftHeader(
  organisations: OrganisationStore,
  record: DocumentRecord,
): Promise<Record<string, unknown>> {
  const matter = record.matterId ? await organisations.getMatter(record.matterId) : undefined;
  const organisation = matter ? await organisations.getOrganisation(matter.organisationId) : undefined;
  if (!matter || !organisation) return { templateId: record.templateId ?? undefined };
  return matterHeader(matter, organisation);
}
