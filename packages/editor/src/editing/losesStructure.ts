import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { countProtectedNodes } from './countProtectedNodes';

/** Whether going from `before` to `after` removes a protected node (see PROTECTED_NODES). */
export function losesStructure(before: ProseMirrorNode, after: ProseMirrorNode): boolean {
  const counts = countProtectedNodes(after);
  for (const [name, count] of countProtectedNodes(before)) {
    if ((counts.get(name) ?? 0) < count) return true;
  }
  return false;
}
