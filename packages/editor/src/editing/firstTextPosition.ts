import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The position at the start of the document's first textblock, where a caret shows and typing lands. */
export function firstTextPosition(doc: ProseMirrorNode): number | undefined {
  let found: number | undefined;
  doc.descendants((node, pos) => {
    if (found !== undefined) return false;
    if (node.isTextblock) {
      found = pos + 1;
      return false;
    }
    return true;
  });
  return found;
}
