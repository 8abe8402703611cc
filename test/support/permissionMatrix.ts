import type { TestRole } from './testBoard';

// Who may do what with which document in the permission matrix test (integration/permissions.test.ts).

export type Who = Exclude<TestRole, 'memberM2'> | 'anonymous';
export type Resource = 'protocol' | 'draftML' | 'draftV' | 'free';
export const ROLES: Who[] = [
  'admin',
  'chair',
  'memberM',
  'memberL',
  'memberV',
  'reviewerM',
  'reviewerV',
  'outsider',
  'anonymous',
];
export const RESOURCES: Resource[] = ['protocol', 'draftML', 'draftV', 'free'];
/** A well-formed id that names no document. */
export const UNKNOWN = 'okantdokument0000000000';

/**
 * The expected matrix, written out by hand from domain.md §2 (not computed from the server's own rules):
 * '' nothing, 'R' read, 'RW' read and write. draftML is M's draft shared with L, untabled; draftV is V's, tabled.
 */
export const EXPECTED: Record<Resource, Record<Who, '' | 'R' | 'RW'>> = {
  protocol: {
    admin: 'RW',
    chair: 'R',
    memberM: 'R',
    memberL: 'R',
    memberV: 'R',
    reviewerM: 'R',
    reviewerV: 'R',
    outsider: '',
    anonymous: '',
  },
  draftML: {
    admin: '',
    chair: '',
    memberM: 'RW',
    memberL: 'RW',
    memberV: '',
    reviewerM: 'R',
    reviewerV: '',
    outsider: '',
    anonymous: '',
  },
  draftV: {
    admin: '',
    chair: '',
    memberM: '',
    memberL: '',
    memberV: 'RW',
    reviewerM: '',
    reviewerV: 'R',
    outsider: '',
    anonymous: '',
  },
  free: {
    admin: 'RW',
    chair: 'RW',
    memberM: 'RW',
    memberL: 'RW',
    memberV: 'RW',
    reviewerM: 'R',
    reviewerV: 'R',
    outsider: '',
    anonymous: '',
  },
};
