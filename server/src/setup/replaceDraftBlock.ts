import type { JSONContent } from '@tiptap/core';

/**
 * The draft with its first block of `block`'s type (wherever the draft's kind placed it) replaced by `block`;
 * appended when the draft has none, so that nothing written is dropped.
 */
export function replaceDraftBlock(draft: JSONContent, block: JSONContent): JSONContent {
  let replaced = false;
  const visit = (node: JSONContent): JSONContent => {
    if (replaced) return node;
    if (node.type === block.type) {
      replaced = true;
      return block;
    }
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  const result = visit(draft);
  return replaced ? result : { ...result, content: [...(result.content ?? []), block] };
}
