import type { Accounts } from '../accounts/Accounts';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import type { ChannelSubject, ChannelVerdict } from './ChannelVerdict';
import { presenceScope } from './presenceScope';
import { resolveDocumentAccess } from './resolveDocumentAccess';

export interface ChannelJudgeDependencies {
  accounts: Accounts;
  organisations: OrganisationStore;
  store: DocumentStore;
}

/**
 * The one decision every live channel is opened and kept open by: the credential still signs the user in
 * (session neither ended nor expired, token not deleted), and the user's current memberships may read the
 * document as it is now (shared groups, approval). Read from storage each time, never from what the
 * channel was opened with.
 */
export function createChannelJudge({ accounts, organisations, store }: ChannelJudgeDependencies) {
  return async function judgeChannel(subject: ChannelSubject): Promise<ChannelVerdict> {
    if (!(await accounts.isLive(subject.credential, subject.userId))) return { open: false, because: 'signed-out' };
    const memberships = await organisations.membershipsOf(subject.userId);
    const resolved = await resolveDocumentAccess(store, organisations, memberships, subject.documentId);
    if (!resolved) return { open: false, because: 'unknown-document' };
    if (!resolved.access.read) return { open: false, because: 'no-access' };
    const membership = memberships.find((candidate) => candidate.organisationId === resolved.record.organisationId);
    return {
      open: true,
      access: resolved.access,
      // Everyone who may read a draft is in one of its groups (a coalition): they see each other's carets.
      presenceScope: resolved.record.role === 'draft' ? `draft:${subject.documentId}` : presenceScope(membership),
    };
  };
}
