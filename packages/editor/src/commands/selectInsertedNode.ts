import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';

/**
 * Puts the cursor where the user goes on writing after inserting the node at `pos`: its first textblock, or the
 * node itself (selected) when it has no text to write, like a beslutsgång.
 */
export function selectInsertedNode(tr: Transaction, pos: number): void {
  const inserted = tr.doc.nodeAt(pos);
  if (!inserted) return;
  let textPos = inserted.isTextblock ? pos + 1 : -1;
  inserted.descendants((child, childPos) => {
    if (textPos !== -1) return false;
    if (child.isTextblock) textPos = pos + 1 + childPos + 1;
    return textPos === -1;
  });
  tr.setSelection(textPos === -1 ? NodeSelection.create(tr.doc, pos) : TextSelection.create(tr.doc, textPos));
  tr.scrollIntoView();
}
