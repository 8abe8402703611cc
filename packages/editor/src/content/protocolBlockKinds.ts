/** What `insertProtocolBlock` can insert: the protocol's blocks, plus the parts of a decision text and a vote. */
export const protocolBlockKinds = [
  'decisionSentence',
  'numberedAdditions',
  'proposal',
  'proposalsClosing',
  'decisionProcedure',
  'vote',
  'reservation',
  'statement',
  'attachmentList',
  /** A procedure block of the versioned format (motion, propositions, vote round …): `options.procedure` says which. */
  'procedureBlock',
] as const;

export type ProtocolBlockKind = (typeof protocolBlockKinds)[number];
