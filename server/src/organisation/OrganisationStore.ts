import { type BoardRole, boardRoles, type Matter, type MatterStatus, type PartyGroup } from '@yttra/api';
import type { Party } from '@yttra/domain';

// Matters, party groups, roles and statuses are the API's words (shared with the client through @yttra/api).
export const roles = boardRoles;
export type Role = BoardRole;
export { type Matter, type MatterStatus, matterStatuses, type PartyGroup } from '@yttra/api';

export interface Organisation {
  id: string;
  name: string;
  templateId: string;
}

export interface Membership {
  organisationId: string;
  userId: string;
  role: Role;
  /** Members and reviewers belong to a party group; administrators and chairs to none. */
  partyGroupId: string | null;
}

export interface TabledVersion {
  documentId: string;
  version: number;
  tabledAt: number;
  tabledBy: string;
  /** The draft's ProseMirror JSON at tabling, frozen. */
  contentJson: string;
  /** The draft's Yjs state at tabling, to tell later edits apart. */
  state: Uint8Array;
}

export interface AssembledBlock {
  protocolDocumentId: string;
  draftDocumentId: string;
  draftVersion: number;
  assembledAt: number;
  assembledBy: string;
}

/** Boards, their parties and party groups, who belongs where, matters, and the life of drafts. */
export interface OrganisationStore {
  createOrganisation(organisation: Organisation, parties: readonly Party[]): Promise<void>;
  getOrganisation(organisationId: string): Promise<Organisation | undefined>;
  listParties(organisationId: string): Promise<Party[]>;
  createPartyGroup(group: PartyGroup): Promise<void>;
  listPartyGroups(organisationId: string): Promise<PartyGroup[]>;
  setMembership(membership: Membership): Promise<void>;
  /** Returns false when the user was not a member. */
  removeMembership(organisationId: string, userId: string): Promise<boolean>;
  membershipsOf(userId: string): Promise<Membership[]>;
  listMembers(organisationId: string): Promise<Membership[]>;
  createMatter(matter: Matter): Promise<void>;
  getMatter(matterId: string): Promise<Matter | undefined>;
  listMatters(organisationIds: readonly string[]): Promise<Matter[]>;
  setMatterStatus(matterId: string, status: MatterStatus): Promise<void>;
  /** Every party group that has the draft, suggest-only ones included. */
  documentGroups(documentId: string): Promise<string[]>;
  /** The groups that have the draft for suggestions only (a subset of `documentGroups`). */
  documentSuggestOnlyGroups(documentId: string): Promise<string[]>;
  setDocumentGroups(
    documentId: string,
    partyGroupIds: readonly string[],
    suggestOnlyGroupIds?: readonly string[],
  ): Promise<void>;
  addTabledVersion(version: Omit<TabledVersion, 'version'>): Promise<TabledVersion>;
  listTabledVersions(documentId: string): Promise<TabledVersion[]>;
  recordAssembly(block: AssembledBlock): Promise<void>;
  listAssemblies(protocolDocumentId: string): Promise<AssembledBlock[]>;
}
