import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The node starting at `pos`, or null; unlike `doc.nodeAt` it does not throw for a position outside the document. */
export function nodeAtPosition(doc: ProseMirrorNode, pos: number): ProseMirrorNode | null {
  return Number.isInteger(pos) && pos >= 0 && pos < doc.content.size ? doc.nodeAt(pos) : null;
}
