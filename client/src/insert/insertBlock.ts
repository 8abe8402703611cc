import type { Editor } from '@tiptap/core';
import type { InsertItem } from './insertItems';

/** Whether the item can go into the document now (a second beslutsgång or attachment list cannot). */
export function canInsert(editor: Editor, item: InsertItem): boolean {
  return editor.can().insertProtocolBlock(item.kind, item.options);
}

/** Inserts the item's block where `insertProtocolBlock` places it, and puts the focus back in the text. */
export function insertBlock(editor: Editor, item: InsertItem): boolean {
  return editor.chain().focus().insertProtocolBlock(item.kind, item.options).run();
}
