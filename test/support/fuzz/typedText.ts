import type { EditorSnapshot } from './editorSnapshot';

/** Fragments shorter than this are too common to tell apart in a document, and are not checked. */
const SHORTEST = 3;

/**
 * The model of what a session typed: fragments of typed text that must each stand, whole, in one textblock.
 * Typing adds a fragment; an action that removes text (a deletion, typing or Enter over a selection, a removed
 * block) cuts the fragments it covers down to what it leaves; typing or Enter inside a fragment splits it. The
 * model is updated from the editor's state before each action, so it follows the session's own removals only.
 */
export class TypedText {
  private fragments: string[] = [];

  get expected(): readonly string[] {
    return this.fragments;
  }

  typed(text: string): void {
    this.add(text.trim());
  }

  /** The selection's text goes (Backspace, Delete, typing or Enter over it). */
  removeSelection(before: EditorSnapshot): void {
    for (const block of before.blocks) {
      if (block.selStart !== null && block.selEnd !== null) this.cut(block.text, block.selStart, block.selEnd);
    }
  }

  /** One character on either side of the caret goes (Backspace: before, Delete: after), if there is one. */
  removeNextToCaret(before: EditorSnapshot, side: 'before' | 'after'): void {
    const { caret } = before;
    if (!caret) return;
    const block = before.blocks[caret.block]!;
    const at = side === 'before' ? caret.offset - 1 : caret.offset;
    if (at >= 0 && at < block.text.length) this.cut(block.text, at, at + 1);
  }

  /** Something goes in at the caret (typed text, a line break): a fragment around the caret splits in two. */
  splitAtCaret(before: EditorSnapshot): void {
    const { caret } = before;
    if (!caret) return;
    this.cut(before.blocks[caret.block]!.text, caret.offset, caret.offset);
  }

  /** Every fragment standing in these blocks goes (a removed block). */
  removeBlocks(texts: readonly string[]): void {
    this.fragments = this.fragments.filter((fragment) => !texts.some((text) => text.includes(fragment)));
  }

  /** Undo and redo change what the session did, so the model starts again from what the document holds. */
  rebase(after: EditorSnapshot): void {
    this.fragments = this.fragments.filter((fragment) => after.blocks.some((block) => block.text.includes(fragment)));
  }

  /** The fragments the document has lost. */
  missing(snapshot: EditorSnapshot): string[] {
    return this.fragments.filter((fragment) => !snapshot.blocks.some((block) => block.text.includes(fragment)));
  }

  private add(fragment: string): void {
    if (fragment.length >= SHORTEST) this.fragments.push(fragment);
  }

  /** Removes [from, to) of `text` from every fragment standing across it, keeping the parts on either side. */
  private cut(text: string, from: number, to: number): void {
    const next: string[] = [];
    for (const fragment of this.fragments) {
      let index = text.indexOf(fragment);
      let touched = false;
      while (index !== -1) {
        const end = index + fragment.length;
        if ((from < end && to > index) || (from === to && from > index && from < end)) {
          touched = true;
          next.push(
            ...[fragment.slice(0, Math.max(0, from - index)), fragment.slice(Math.max(0, to - index))].filter(
              (part) => part.trim().length >= SHORTEST,
            ),
          );
          break;
        }
        index = text.indexOf(fragment, index + 1);
      }
      if (!touched) next.push(fragment);
    }
    this.fragments = next.map((fragment) => fragment.trim());
  }
}
