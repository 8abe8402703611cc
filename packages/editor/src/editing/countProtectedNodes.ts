import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Structure a document needs and no selection may take with it: the paragraph's header and sections, and every
 * block's list of people (the proposers, reservants, authors, voters).
 */
export const PROTECTED_NODES: ReadonlySet<string> = new Set(['protocolHeader', 'protocolSection', 'personList']);

/** How many protected nodes the document holds, by node name. */
export function countProtectedNodes(doc: ProseMirrorNode): Map<string, number> {
  const counts = new Map<string, number>();
  doc.descendants((node) => {
    if (PROTECTED_NODES.has(node.type.name)) counts.set(node.type.name, (counts.get(node.type.name) ?? 0) + 1);
    // Protected nodes hold no protected nodes deeper than blocks do; text needs no visit.
    return !node.isTextblock;
  });
  return counts;
}
