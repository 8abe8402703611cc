/**
 * What a document is laid out as. A matter's paragraph (and free text) is a 'protocol': the tolerant schema with
 * every block. A party's draft holds exactly the one block the party writes, so its document is that block.
 */
export const documentShapes = ['protocol', 'proposal', 'statement', 'reservation'] as const;
export type DocumentShape = (typeof documentShapes)[number];

/** The shapes of party drafts: the document's one top-level node is named like its shape. */
export type DraftShape = Exclude<DocumentShape, 'protocol'>;
