import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Structure a document needs and no selection may take with it: the paragraph's header and sections, and every
 * block's list of people (the proposers, reservants, authors, voters).
 */
export const PROTECTED_NODES: ReadonlySet<string> = new Set(['protocolHeader', 'protocolSection', 'personList']);

/**
 * A party's blocks: one that has a textblock keeps one, or typing would have nowhere to go. (A section may hold
 * only blocks: an inserted beslutsgång takes the place of its empty paragraph.)
 */
const TEXT_KEEPING_BLOCKS: ReadonlySet<string> = new Set(['proposal', 'statement', 'reservation']);

/**
 * How many of each kind of structure the document holds: protected nodes by name, person lists also by purpose
 * (`personList:reservants`), and a party's blocks that hold a textblock (`reservation:text`). A change that lowers
 * a count takes structure with it: deleting a selected draft block, for one, puts an empty block of the schema's
 * defaults in its place, without its paragraph and with proposers for reservants.
 */
export function countProtectedNodes(doc: ProseMirrorNode): Map<string, number> {
  const counts = new Map<string, number>();
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  doc.descendants((node) => {
    const name = node.type.name;
    if (PROTECTED_NODES.has(name)) count(name);
    if (name === 'personList') count(`personList:${String(node.attrs.purpose)}`);
    if (TEXT_KEEPING_BLOCKS.has(name)) {
      let text = false;
      node.descendants((child) => {
        if (child.isTextblock) text = true;
        return !text && !child.isTextblock;
      });
      if (text) count(`${name}:text`);
    }
    // Protected nodes hold no protected nodes deeper than blocks do; text needs no visit.
    return !node.isTextblock;
  });
  return counts;
}
