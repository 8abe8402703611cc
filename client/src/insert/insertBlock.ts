import type { Editor } from '@tiptap/core';
import { chainWithFocus } from '../document/chainWithFocus';
import type { InsertItem } from './insertItems';

/** Whether the item can go into the document now (a second beslutsgång or attachment list cannot). */
export function canInsert(editor: Editor, item: InsertItem): boolean {
  return editor.can().insertProtocolBlock(item.kind, item.options);
}

/**
 * Inserts the item's block where `insertProtocolBlock` places it, and puts the focus back in the text; a procedure
 * block has no text, only its form, so the focus goes to the form's first field (the keyboard would otherwise have
 * to Tab through every field above it). The editor keeps the block selected, so the next insertion follows it.
 */
export function insertBlock(editor: Editor, item: InsertItem): boolean {
  const inserted = chainWithFocus(editor).insertProtocolBlock(item.kind, item.options).run();
  if (inserted && item.kind === 'procedureBlock') {
    // After the editor's own focus, which Tiptap gives in an animation frame.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const dom = editor.view.nodeDOM(editor.state.selection.from);
        const field = dom instanceof HTMLElement ? dom.querySelector<HTMLElement>('input, select, textarea') : null;
        field?.focus();
      }),
    );
  }
  return inserted;
}
