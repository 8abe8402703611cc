import type { AuthContext } from '../auth/AuthContext';
import type { MatterServices } from '../matters/MatterServices';
import type { Matter, Membership } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';

export type MatterProtocol =
  | { matter: Matter; protocol: DocumentRecord; membership: Membership }
  | { refusal: { error: string; status: 404 } };

/** The matter and its paragraph, for a member of the matter's board; anyone else is told it does not exist. */
export async function findMatterProtocol(
  services: Pick<MatterServices, 'organisations' | 'store'>,
  auth: AuthContext,
  matterId: string,
): Promise<MatterProtocol> {
  const matter = await services.organisations.getMatter(matterId);
  const membership = matter && auth.memberships.find((m) => m.organisationId === matter.organisationId);
  if (!matter || !membership) return { refusal: { error: 'Ärendet finns inte', status: 404 } };
  const protocol = (await services.store.listMatterDocuments(matter.id)).find((record) => record.role === 'protocol');
  if (!protocol) return { refusal: { error: 'Ärendet finns inte', status: 404 } };
  return { matter, protocol, membership };
}
