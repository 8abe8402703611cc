import type { Schema } from '@tiptap/pm/model';

/**
 * Whether y-prosemirror can build a node from a Yjs element of this name. `text` and the document node are schema
 * nodes too, but never elements: y-prosemirror fails on them like on an unknown name.
 */
export function isKnownElementName(nodeName: string, schema: Schema): boolean {
  return Object.hasOwn(schema.nodes, nodeName) && nodeName !== 'text' && nodeName !== schema.topNodeType.name;
}
