import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

export interface ReadOnlyGuardOptions {
  /** Read when each transaction is filtered, so the guard follows access changes (e.g. an approval). */
  isReadOnly: () => boolean;
}

/**
 * Keeps a read-only document unchangeable while leaving it editable to the browser, so a reviewer can move the
 * caret and select with the keyboard (to comment on a selection). Only changes arriving through the Yjs binding
 * (other people's edits) get through; the server refuses a read-only connection's writes in any case.
 */
export const ReadOnlyGuard = Extension.create<ReadOnlyGuardOptions>({
  name: 'readOnlyGuard',
  addOptions() {
    return { isReadOnly: () => false };
  },
  addProseMirrorPlugins() {
    const { isReadOnly } = this.options;
    return [
      new Plugin({
        filterTransaction: (transaction) =>
          !transaction.docChanged || !isReadOnly() || transaction.getMeta(ySyncPluginKey) !== undefined,
      }),
    ];
  },
});
