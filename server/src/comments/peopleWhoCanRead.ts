import { decideAccess } from '../access/decideAccess';
import type { ResolvedDocument } from '../access/resolveDocumentAccess';
import type { AccountStore } from '../accounts/AccountStore';
import type { OrganisationStore } from '../organisation/OrganisationStore';

/** Everyone in the document's board who may read it: the only people a comment may mention. */
export async function peopleWhoCanRead(
  resolved: ResolvedDocument,
  organisations: OrganisationStore,
  accounts: AccountStore,
): Promise<{ id: string; name: string }[]> {
  const members = await organisations.listMembers(resolved.record.organisationId ?? '');
  const readers = members.filter(
    (membership) =>
      decideAccess([membership], {
        document: resolved.record,
        ownerGroupIds: resolved.ownerGroupIds,
        suggestOnlyGroupIds: resolved.suggestOnlyGroupIds,
      }).read,
  );
  const people = await Promise.all(
    readers.map(async (membership) => ({
      id: membership.userId,
      name: (await accounts.findUser(membership.userId))?.displayName ?? '',
    })),
  );
  return people.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
