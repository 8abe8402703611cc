import type { JSONContent } from '@tiptap/core';

const DRAFT_BLOCKS = new Set(['proposal', 'statement', 'reservation']);

/** The proposals, statements and reservations a draft holds, in document order, wherever they stand. */
export function extractDraftBlocks(document: JSONContent): JSONContent[] {
  const found: JSONContent[] = [];
  const visit = (node: JSONContent) => {
    if (node.type && DRAFT_BLOCKS.has(node.type)) {
      found.push(node);
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(document);
  return found;
}
