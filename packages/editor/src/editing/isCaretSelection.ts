import { NodeSelection, type Selection, TextSelection } from '@tiptap/pm/state';

/**
 * Whether a selection shows where typing goes: text positions inside textblocks, or one selected node (a chip, a
 * block). Anything else (a text selection between blocks, a gap) takes keys without showing a caret.
 */
export function isCaretSelection(selection: Selection): boolean {
  if (selection instanceof NodeSelection) return true;
  if (!(selection instanceof TextSelection)) return false;
  return selection.$from.parent.inlineContent && selection.$to.parent.inlineContent;
}
