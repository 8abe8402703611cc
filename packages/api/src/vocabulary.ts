// The words both sides of the API use: roles, statuses and kinds, each a list and its type.

export const boardRoles = ['administrator', 'chair', 'member', 'reviewer'] as const;
export type BoardRole = (typeof boardRoles)[number];

export const matterStatuses = ['drafting', 'meeting', 'assembling', 'approved'] as const;
export type MatterStatus = (typeof matterStatuses)[number];

export const draftKinds = ['proposal', 'statement', 'reservation', 'protocolNote'] as const;
export type DraftKind = (typeof draftKinds)[number];

export const documentKinds = ['protocol', 'text'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** 'free': the board's notes; 'protocol': a matter's paragraph (§); 'draft': a party group's draft. */
export const documentRoles = ['free', 'protocol', 'draft'] as const;
export type DocumentRole = (typeof documentRoles)[number];
