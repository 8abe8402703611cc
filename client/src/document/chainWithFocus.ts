import type { ChainedCommands, Editor } from '@tiptap/core';

/**
 * A command chain with the focus back in the editor at once, for a control outside its text (a toolbar button,
 * a menu item, a block's "Lägg till" button). Tiptap's own focus waits for the next animation frame, and a busy
 * page handles keys already queued before it: a word typed right after the click would go to the control or the
 * page and be lost. Tiptap's focus stays in the chain for where it scrolls and selects.
 */
export function chainWithFocus(editor: Editor): ChainedCommands {
  if (!editor.isDestroyed) editor.view.focus();
  return editor.chain().focus();
}
