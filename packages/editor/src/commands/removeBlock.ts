import type { Command } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { protocolBlockKinds } from '../content/protocolBlockKinds';
import { REMOVES_BLOCK } from '../editing/removesBlockMeta';

/** Blocks a user inserts (Infoga, the slash menu, assembly), and so may remove again. */
export const REMOVABLE_BLOCKS: ReadonlySet<string> = new Set(protocolBlockKinds);

/**
 * Removes the inserted block at `pos`, or (without `pos`) the innermost one around the selection: one undoable
 * step. A draft's own block is the draft and stays; a section left without blocks, or a draft left without text,
 * keeps an empty paragraph.
 */
export function removeBlock(pos?: number): Command {
  return ({ state, tr, dispatch }) => {
    const target = pos === undefined ? blockAroundSelection(state.selection) : blockAt(state.doc, pos);
    if (!target) return false;
    const { node, from } = target;
    const $from = state.doc.resolve(from);
    // A document that cannot hold a paragraph is a draft's, and its one block is the draft.
    if ($from.depth === 0 && !state.doc.type.contentMatch.matchType(state.schema.nodes.paragraph!)) return false;
    if (dispatch) {
      const parent = $from.parent;
      const to = from + node.nodeSize;
      const index = $from.index();
      const paragraph = state.schema.nodes.paragraph;
      // The last text of a draft (a proposal's only additions list): without it nothing could be typed anywhere.
      const lastText =
        !hasTextblockBeside(parent, index) && paragraph && parent.canReplaceWith(index, index + 1, paragraph);
      if (lastText && paragraph) {
        tr.replaceWith(from, to, paragraph.create());
      } else if (parent.childCount === 1 && !parent.type.contentMatch.validEnd) {
        const filler = parent.type.contentMatch.defaultType?.createAndFill();
        if (!filler) return false;
        tr.replaceWith(from, to, filler);
      } else {
        tr.delete(from, to);
      }
      tr.setMeta(REMOVES_BLOCK, true).scrollIntoView();
    }
    return true;
  };
}

/** Whether `parent` holds a textblock (at any depth) in a child other than the one at `index`. */
function hasTextblockBeside(parent: ProseMirrorNode, index: number): boolean {
  let found = false;
  parent.forEach((child, _offset, childIndex) => {
    if (found || childIndex === index) return;
    if (child.isTextblock) found = true;
    else
      child.descendants((node) => {
        if (node.isTextblock) found = true;
        return !found;
      });
  });
  return found;
}

function blockAt(doc: ProseMirrorNode, pos: number): { node: ProseMirrorNode; from: number } | undefined {
  const node = doc.nodeAt(pos);
  return node && REMOVABLE_BLOCKS.has(node.type.name) ? { node, from: pos } : undefined;
}

function blockAroundSelection(selection: {
  $from: import('@tiptap/pm/model').ResolvedPos;
  from: number;
}): { node: ProseMirrorNode; from: number } | undefined {
  const selected = (selection as { node?: ProseMirrorNode }).node;
  if (selected && REMOVABLE_BLOCKS.has(selected.type.name)) return { node: selected, from: selection.from };
  const { $from } = selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (REMOVABLE_BLOCKS.has(node.type.name)) return { node, from: $from.before(depth) };
  }
  return undefined;
}
