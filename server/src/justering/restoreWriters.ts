import { decideAccess } from '../access/decideAccess';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import type { DocumentRegistry } from '../sync/DocumentRegistry';

/** Gives live connections of an unlocked paragraph back the write access their roles carry. */
export async function restoreWriters(
  registry: DocumentRegistry,
  organisations: OrganisationStore,
  protocol: DocumentRecord,
): Promise<void> {
  const unlocked = { ...protocol, approvedAt: null };
  await registry.updatePeersOf(protocol.id, async (peer) => {
    const memberships = peer.userId ? await organisations.membershipsOf(peer.userId) : [];
    peer.canWrite = decideAccess(memberships, { document: unlocked, ownerGroupIds: [] }).write;
  });
}
