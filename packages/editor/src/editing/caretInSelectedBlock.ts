import { NodeSelection, type Selection, TextSelection } from '@tiptap/pm/state';

/**
 * A caret in place of a selected block that holds text (a draft's own block, a section, an inserted reservation,
 * a list of additions): at the start of its first text, or at the end of its last when the selection came from
 * after it (Backspace selecting the block before). Such a selection shows no caret and Chrome handles keys over
 * it itself: a triple click on a block's generated sentence selected the whole draft, and Enter then rewrote the
 * draft's DOM, which ProseMirror read back as a block without its text (and its reservants as proposers); what was
 * typed next went nowhere. Undefined for any other selection (a selected chip or text-less block stays selected:
 * typing replaces it, Backspace removes it).
 */
export function caretInSelectedBlock(selection: Selection, previous: Selection): TextSelection | undefined {
  if (!(selection instanceof NodeSelection)) return undefined;
  const { node, from } = selection;
  if (node.isAtom || node.isTextblock || !node.isBlock) return undefined;
  const texts: number[] = [];
  node.descendants((child, pos) => {
    if (child.isTextblock) texts.push(from + 1 + pos + 1, from + 1 + pos + 1 + child.content.size);
    return !child.isTextblock;
  });
  if (texts.length === 0) return undefined;
  const backwards = previous.head >= from + node.nodeSize;
  const doc = selection.$from.doc;
  return TextSelection.create(doc, backwards ? texts[texts.length - 1]! : texts[0]!);
}
