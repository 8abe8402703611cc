import type { Accounts } from '../accounts/Accounts';
import { createMatter } from '../matters/createMatter';
import { newDocumentId } from '../routes/newDocumentId';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { createOrganisation } from './createOrganisation';
import { demoBoard, demoEmail } from './demoBoard';
import { type DemoMatterServices, seedDemoMatter } from './seedDemoMatter';

export interface DemoServices extends DemoMatterServices {
  accounts: Accounts;
}

/**
 * Fills an empty database with the demo board (only ever called in demo mode, and only when no organisation
 * exists yet): the seed's board and matter in progress (seedDemoMatter), its parties and groups, one account per
 * role, and a welcome note. Returns false when there was something already, so a restart seeds nothing twice.
 */
export async function seedDemoData(services: DemoServices, password: string): Promise<boolean> {
  const { organisations, accounts, store } = services;
  if (await organisations.getOrganisation(demoBoard.organisation.id)) return false;
  const groups = await createOrganisation(organisations, demoBoard.organisation);
  const userIds = new Map<string, string>();
  for (const account of demoBoard.accounts) {
    const user = await accounts.register({ email: demoEmail(account.key), displayName: account.name, password });
    userIds.set(account.key, user.id);
    const group = groups.find((candidate) => candidate.partyAbbreviation === account.party);
    await organisations.setMembership({
      organisationId: demoBoard.organisation.id,
      userId: user.id,
      role: account.role,
      partyGroupId: group?.id ?? null,
    });
  }
  const organisation = (await organisations.getOrganisation(demoBoard.organisation.id))!;
  const { matter, protocolDocumentId } = await createMatter(store, organisations, organisation, demoBoard.matter);
  await seedDemoMatter(
    services,
    matter,
    protocolDocumentId,
    groups,
    (key) => userIds.get(key)!,
    (key) => demoBoard.accounts.find((account) => account.key === key)?.party ?? null,
  );
  await store.createDocument(
    newDocumentRecord({ id: newDocumentId(), title: 'Välkommen till Yttra', organisationId: organisation.id }),
  );
  return true;
}
