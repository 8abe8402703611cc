import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';

/** The depth of the innermost node around `$pos` that matches, or undefined. Depth 0 (the doc) is not considered. */
export function findAncestorDepth($pos: ResolvedPos, matches: (node: ProseMirrorNode) => boolean): number | undefined {
  for (let depth = $pos.depth; depth > 0; depth -= 1) if (matches($pos.node(depth))) return depth;
  return undefined;
}
