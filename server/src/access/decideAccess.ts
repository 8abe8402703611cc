import type { Membership } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';

export interface Access {
  read: boolean;
  write: boolean;
  comment: boolean;
  /**
   * May propose changes (suggestion mode). Everyone who writes may; a group a draft was shared with for
   * suggestions only may do nothing else with the text: add and withdraw its own suggestions.
   */
  suggest: boolean;
}

export const NO_ACCESS: Access = Object.freeze({ read: false, write: false, comment: false, suggest: false });

export interface DocumentFacts {
  document: Pick<DocumentRecord, 'organisationId' | 'role' | 'approvedAt'>;
  /** Party groups that own or were given a draft; empty for other documents. */
  ownerGroupIds: readonly string[];
  /** Those of the owner groups that were given the draft for suggestions only. */
  suggestOnlyGroupIds: readonly string[];
}

/**
 * Who may do what with one document (domain.md §2). A party's untabled draft is visible only to its own
 * groups (coalition partners it was shared with included): never to administrators or the chair. The
 * protocol paragraph is edited by administrators until it is approved, and read by everyone in the board.
 * Reviewers comment but never write. A group given a draft for suggestions only reads, comments and suggests.
 */
export function decideAccess(memberships: readonly Membership[], facts: DocumentFacts): Access {
  const { document, ownerGroupIds, suggestOnlyGroupIds } = facts;
  const membership = memberships.find((candidate) => candidate.organisationId === document.organisationId);
  if (!membership || document.organisationId === null) return NO_ACCESS;
  const { role } = membership;

  switch (document.role) {
    case 'free':
      return { read: true, write: role !== 'reviewer', comment: true, suggest: role !== 'reviewer' };
    case 'protocol': {
      const write = role === 'administrator' && document.approvedAt === null;
      return { read: true, write, comment: role !== 'member', suggest: write };
    }
    case 'draft': {
      const ownGroup = membership.partyGroupId !== null && ownerGroupIds.includes(membership.partyGroupId);
      if (!ownGroup || (role !== 'member' && role !== 'reviewer')) return NO_ACCESS;
      const suggestOnly = suggestOnlyGroupIds.includes(membership.partyGroupId as string);
      return { read: true, write: role === 'member' && !suggestOnly, comment: true, suggest: role === 'member' };
    }
  }
}
