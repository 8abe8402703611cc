import type { PartyGroup } from '../api/matter';

/** The groups a draft is shared with now, the caller's own always among them. */
export function initialShareSelection(ownerGroupIds: readonly string[], ownGroupId: string): Set<string> {
  return new Set([ownGroupId, ...ownerGroupIds]);
}

/** What `PUT /api/documents/:id/groups` gets: the board's groups that are chosen, in the board's order, own included. */
export function shareRequest(
  selection: ReadonlySet<string>,
  partyGroups: readonly PartyGroup[],
  ownGroupId: string,
): string[] {
  return partyGroups.filter((group) => group.id === ownGroupId || selection.has(group.id)).map((group) => group.id);
}

/**
 * The names of the groups that own a draft: the caller's own group first, then the board's order. A group that may
 * only suggest says so.
 */
export function ownerNames(
  ownerGroups: readonly { id: string; name: string; suggestOnly?: boolean }[],
  partyGroups: readonly PartyGroup[],
  ownGroupId: string | null,
): string[] {
  const rank = (id: string) => (id === ownGroupId ? -1 : partyGroups.findIndex((group) => group.id === id));
  return [...ownerGroups]
    .sort((a, b) => rank(a.id) - rank(b.id))
    .map((group) => (group.suggestOnly ? `${group.name} (förslag)` : group.name));
}
