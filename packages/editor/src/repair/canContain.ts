import type { NodeType } from '@tiptap/pm/model';

/** Whether `child` may appear anywhere in `parent`'s content expression (not whether a given arrangement is valid). */
export function canContain(parent: NodeType, child: NodeType): boolean {
  const seen = new Set([parent.contentMatch]);
  const pending = [parent.contentMatch];
  while (pending.length > 0) {
    const match = pending.pop()!;
    for (let index = 0; index < match.edgeCount; index += 1) {
      const { type, next } = match.edge(index);
      if (type === child) return true;
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  return false;
}
