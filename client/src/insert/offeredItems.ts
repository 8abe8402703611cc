import type { Editor } from '@tiptap/core';
import { canInsert } from './insertBlock';
import type { InsertItem } from './insertItems';

/** The items to list now: every item, except those offered only where the template places them and it does not. */
export function offeredItems(editor: Editor, items: readonly InsertItem[]): InsertItem[] {
  return items.filter((item) => !item.onlyWherePlaced || canInsert(editor, item));
}
