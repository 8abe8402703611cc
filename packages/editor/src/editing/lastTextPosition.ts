import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The position at the end of the document's last textblock. */
export function lastTextPosition(doc: ProseMirrorNode): number | undefined {
  let found: number | undefined;
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      found = pos + 1 + node.content.size;
      return false;
    }
    return true;
  });
  return found;
}
