import type { DocumentShape } from './documentShape';

/**
 * The shape of a document from the name of its first top-level node: a draft's document is its one block, anything
 * else (a paragraph starting with its header, free text, an empty document) is a protocol.
 */
export function shapeOfTopNodeName(name: string | undefined): DocumentShape {
  return name === 'proposal' || name === 'statement' || name === 'reservation' ? name : 'protocol';
}
