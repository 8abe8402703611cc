import type { Membership } from '../organisation/OrganisationStore';

/**
 * Whose presence (cursor, name) a connection may see and show: staff (administrators, chairs) are seen by and
 * see everyone; party members and reviewers see only their own group and staff, so a group never learns
 * that another group is reading along.
 */
export function presenceScope(membership: Membership | undefined): string {
  if (!membership) return 'nobody';
  if (membership.role === 'administrator' || membership.role === 'chair') return 'staff';
  return `group:${membership.partyGroupId ?? 'none'}`;
}

export function presenceVisible(fromScope: string, toScope: string): boolean {
  return fromScope === toScope || fromScope === 'staff' || toScope === 'staff';
}
