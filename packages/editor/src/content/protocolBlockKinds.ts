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
] as const;

export type ProtocolBlockKind = (typeof protocolBlockKinds)[number];
