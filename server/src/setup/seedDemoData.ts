import type { Accounts } from '../accounts/Accounts';
import { createMatter } from '../matters/createMatter';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import { newDocumentId } from '../routes/newDocumentId';
import type { DocumentStore } from '../storage/DocumentStore';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { createOrganisation } from './createOrganisation';
import { demoBoard, demoEmail } from './demoBoard';

export interface DemoServices {
  organisations: OrganisationStore;
  accounts: Accounts;
  store: DocumentStore;
}

/**
 * Fills an empty database with the demo board (only ever called in demo mode, and only when no organisation
 * exists yet): the seed's board and matter, its parties and groups, one account per role, and a welcome note.
 * Returns false when there was something already.
 */
export async function seedDemoData(
  { organisations, accounts, store }: DemoServices,
  password: string,
): Promise<boolean> {
  if (await organisations.getOrganisation(demoBoard.organisation.id)) return false;
  const groups = await createOrganisation(organisations, demoBoard.organisation);
  for (const account of demoBoard.accounts) {
    const user = await accounts.register({ email: demoEmail(account.key), displayName: account.name, password });
    const group = groups.find((candidate) => candidate.partyAbbreviation === account.party);
    await organisations.setMembership({
      organisationId: demoBoard.organisation.id,
      userId: user.id,
      role: account.role,
      partyGroupId: group?.id ?? null,
    });
  }
  const organisation = (await organisations.getOrganisation(demoBoard.organisation.id))!;
  await createMatter(store, organisations, organisation, demoBoard.matter);
  await store.createDocument(
    newDocumentRecord({ id: newDocumentId(), title: 'Välkommen till Yttra', organisationId: organisation.id }),
  );
  return true;
}
