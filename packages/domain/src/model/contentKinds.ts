import { statementKinds } from './paragraphBlockSchema';

/**
 * What a template section can hold. Statements are split by kind because boards print each kind under its own
 * heading; everything else maps one-to-one onto a block type.
 */
export const contentKinds = [
  'decision',
  'summary',
  'proposal',
  'proposalsClosing',
  'decisionProcedure',
  'reservation',
  ...statementKinds,
  'attachments',
  'motion',
  'propositions',
  'voteRound',
  'mainVote',
  'protocolNote',
  'earlierHandling',
  'extractRecipients',
] as const;

/** The content kinds of template version 1, which a version-1 template must place; later kinds are optional there. */
export const contentKindsVersion1 = contentKinds.slice(0, contentKinds.indexOf('motion'));

/** Blocks that are never printed by themselves: written proposals are data that sentences mention. */
export const unprintedBlockTypes = ['writtenProposal'] as const;

export type ContentKind = (typeof contentKinds)[number];
