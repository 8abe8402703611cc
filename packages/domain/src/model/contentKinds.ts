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
] as const;

export type ContentKind = (typeof contentKinds)[number];
