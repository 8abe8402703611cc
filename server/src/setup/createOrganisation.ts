import { defaultParties, type Party } from '@yttra/domain';
import { DEFAULT_TEMPLATE_ID } from '@yttra/editor';
import type { OrganisationStore, PartyGroup } from '../organisation/OrganisationStore';

/** A board with its parties and one party group per party, ids derived from the party abbreviation. */
export async function createOrganisation(
  organisations: OrganisationStore,
  organisation: { id: string; name: string; templateId?: string },
  parties: readonly Party[] = defaultParties,
): Promise<PartyGroup[]> {
  await organisations.createOrganisation({ templateId: DEFAULT_TEMPLATE_ID, ...organisation }, parties);
  const groups = parties.map((party) => ({
    id: `${organisation.id}-${party.abbreviation.toLowerCase()}`,
    organisationId: organisation.id,
    partyAbbreviation: party.abbreviation,
    name: `${party.name} (${party.abbreviation})`,
  }));
  for (const group of groups) await organisations.createPartyGroup(group);
  return groups;
}
