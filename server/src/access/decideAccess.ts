import type { Membership } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';

export interface Access {
  read: boolean;
  write: boolean;
  comment: boolean;
}

export const NO_ACCESS: Access = Object.freeze({ read: false, write: false, comment: false });

export interface DocumentFacts {
  document: Pick<DocumentRecord, 'organisationId' | 'role' | 'approvedAt'>;
  /** Party groups that own or were given a draft; empty for other documents. */
  ownerGroupIds: readonly string[];
}

/**
 * Who may do what with one document (domain.md §2). A party's untabled draft is visible only to its own
 * groups (coalition partners it was shared with included): never to administrators or the chair. The
 * protocol paragraph is edited by administrators until it is approved, and read by everyone in the board.
 * Reviewers comment but never write.
 */
export function decideAccess(memberships: readonly Membership[], facts: DocumentFacts): Access {
  const { document, ownerGroupIds } = facts;
  const membership = memberships.find((candidate) => candidate.organisationId === document.organisationId);
  if (!membership || document.organisationId === null) return NO_ACCESS;
  const { role } = membership;

  switch (document.role) {
    case 'free':
      return { read: true, write: role !== 'reviewer', comment: true };
    case 'protocol':
      return {
        read: true,
        write: role === 'administrator' && document.approvedAt === null,
        comment: role !== 'member',
      };
    case 'draft': {
      const ownGroup = membership.partyGroupId !== null && ownerGroupIds.includes(membership.partyGroupId);
      if (!ownGroup || (role !== 'member' && role !== 'reviewer')) return NO_ACCESS;
      return { read: true, write: role === 'member', comment: true };
    }
  }
}
