import type { Command } from '@tiptap/core';
import type { ResolvedPos } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { findAncestorDepth } from './findAncestorDepth';
import { nodeAtPosition } from './nodeAtPosition';

/** See the command's documentation in NumberedAdditions.ts. */
export function addAdditionItem(listPos?: number): Command {
  return ({ tr, dispatch }) => {
    let insertPos: number | undefined;
    if (listPos === undefined) {
      insertPos = positionAfterCursorItem(tr.selection.$from);
    } else {
      const list = nodeAtPosition(tr.doc, listPos);
      if (list?.type.name === 'numberedAdditions') insertPos = listPos + list.nodeSize - 1;
    }
    if (insertPos === undefined) return false;
    if (dispatch) {
      const item = tr.doc.type.schema.nodes.additionItem!.createAndFill()!;
      tr.insert(insertPos, item);
      // Into the new item's paragraph: item start + 1, paragraph start + 1.
      tr.setSelection(TextSelection.create(tr.doc, insertPos + 2)).scrollIntoView();
    }
    return true;
  };
}

function positionAfterCursorItem($from: ResolvedPos): number | undefined {
  const itemDepth = findAncestorDepth($from, (node) => node.type.name === 'additionItem');
  if (itemDepth !== undefined && $from.node(itemDepth - 1).type.name === 'numberedAdditions') {
    return $from.after(itemDepth);
  }
  const listDepth = findAncestorDepth($from, (node) => node.type.name === 'numberedAdditions');
  return listDepth === undefined ? undefined : $from.end(listDepth);
}
