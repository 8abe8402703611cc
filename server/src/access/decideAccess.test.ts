import { describe, expect, it } from 'vitest';
import type { Membership } from '../organisation/OrganisationStore';
import { decideAccess, NO_ACCESS } from './decideAccess';
import { presenceScope, presenceVisible } from './presenceScope';

const board = 'hl';
const member = (role: Membership['role'], partyGroupId: string | null = null, organisationId = board): Membership[] => [
  { organisationId, userId: 'u', role, partyGroupId },
];
const draft = (ownerGroupIds: string[], suggestOnlyGroupIds: string[] = []) => ({
  document: { organisationId: board, role: 'draft' as const, approvedAt: null },
  ownerGroupIds,
  suggestOnlyGroupIds,
});
const protocol = (approvedAt: number | null = null) => ({
  document: { organisationId: board, role: 'protocol' as const, approvedAt },
  ownerGroupIds: [],
  suggestOnlyGroupIds: [],
});

describe('decideAccess', () => {
  it('lets a draft be seen only by its own and its coalition groups, never by staff or other groups', () => {
    const coalition = draft(['m', 'l']);
    expect(decideAccess(member('member', 'm'), coalition)).toEqual({
      read: true,
      write: true,
      comment: true,
      suggest: true,
    });
    expect(decideAccess(member('member', 'l'), coalition)).toEqual({
      read: true,
      write: true,
      comment: true,
      suggest: true,
    });
    expect(decideAccess(member('member', 'v'), coalition)).toEqual(NO_ACCESS);
    expect(decideAccess(member('administrator'), coalition)).toEqual(NO_ACCESS);
    expect(decideAccess(member('chair'), coalition)).toEqual(NO_ACCESS);
    expect(decideAccess(member('reviewer', 'm'), coalition)).toEqual({
      read: true,
      write: false,
      comment: true,
      suggest: false,
    });
    expect(decideAccess(member('reviewer', 'v'), coalition)).toEqual(NO_ACCESS);
    expect(decideAccess(member('member', 'm', 'another-board'), coalition)).toEqual(NO_ACCESS);
    expect(decideAccess([], coalition)).toEqual(NO_ACCESS);
  });

  it('lets administrators write the protocol until it is approved, and everyone in the board read it', () => {
    expect(decideAccess(member('administrator'), protocol())).toEqual({
      read: true,
      write: true,
      comment: true,
      suggest: true,
    });
    expect(decideAccess(member('administrator'), protocol(1))).toEqual({
      read: true,
      write: false,
      comment: true,
      suggest: false,
    });
    expect(decideAccess(member('chair'), protocol())).toEqual({
      read: true,
      write: false,
      comment: true,
      suggest: false,
    });
    expect(decideAccess(member('member', 'v'), protocol())).toEqual({
      read: true,
      write: false,
      comment: false,
      suggest: false,
    });
    expect(decideAccess(member('reviewer', 'v'), protocol())).toEqual({
      read: true,
      write: false,
      comment: true,
      suggest: false,
    });
    expect(decideAccess(member('administrator', null, 'another-board'), protocol())).toEqual(NO_ACCESS);
  });

  it('lets a group given a draft for suggestions only read, comment and suggest, never write', () => {
    const shared = draft(['m', 'l'], ['l']);
    expect(decideAccess(member('member', 'l'), shared)).toEqual({
      read: true,
      write: false,
      comment: true,
      suggest: true,
    });
    expect(decideAccess(member('member', 'm'), shared)).toEqual({
      read: true,
      write: true,
      comment: true,
      suggest: true,
    });
    expect(decideAccess(member('reviewer', 'l'), shared)).toEqual({
      read: true,
      write: false,
      comment: true,
      suggest: false,
    });
    expect(decideAccess(member('member', 'v'), shared)).toEqual(NO_ACCESS);
  });

  it('never lets a reviewer write', () => {
    for (const facts of [
      draft(['m']),
      protocol(),
      { ...protocol(), document: { ...protocol().document, role: 'free' as const } },
    ]) {
      expect(decideAccess(member('reviewer', 'm'), facts).write).toBe(false);
    }
  });
});

describe('presence', () => {
  it('is visible within a group and to and from staff, never across groups', () => {
    const m = presenceScope(member('member', 'm')[0]);
    const v = presenceScope(member('member', 'v')[0]);
    const staff = presenceScope(member('administrator')[0]);
    expect(presenceVisible(m, m)).toBe(true);
    expect(presenceVisible(m, v)).toBe(false);
    expect(presenceVisible(v, m)).toBe(false);
    expect(presenceVisible(m, staff)).toBe(true);
    expect(presenceVisible(staff, v)).toBe(true);
  });
});
