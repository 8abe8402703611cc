import { Extension } from '@tiptap/core';
import { AllSelection, type EditorState, Plugin, PluginKey, Selection } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { removeBlock } from '../commands/removeBlock';
import { deleteSelectedText } from './deleteSelectedText';
import { losesStructure } from './losesStructure';

import { REMOVES_BLOCK } from './removesBlockMeta';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    structureGuard: {
      /** Removes an inserted block (see REMOVABLE_BLOCKS): the one at `pos`, else the one around the selection. */
      removeBlock: (pos?: number) => ReturnType;
    };
  }
}

const structureGuardKey = new PluginKey('structureGuard');

/**
 * Whether deleting the selection the usual way would do more than delete the selected text: take a person list or
 * the header with it (a selection that merely touches them), or fold the text of one kind of block into another
 * (the end of a paragraph and the whole additions list below it would make the first addition a paragraph).
 */
function needsTextOnlyDeletion(state: EditorState): boolean {
  const { selection } = state;
  if (selection.empty) return false;
  if (selection instanceof AllSelection) return true;
  const { $from, $to } = selection;
  if ($from.parent !== $to.parent && $from.node(-1)?.type !== $to.node(-1)?.type) return true;
  return losesStructure(state.doc, state.tr.deleteSelection().doc);
}

/**
 * Keeps the structure a document needs: a selection that reaches into it deletes only the selected text (by
 * Backspace, Delete, Enter or by typing over it), and no other local change may remove a header, a section or a
 * person list, unless it says it removes a block (REMOVES_BLOCK, the block's remove control). Changes from Yjs
 * (collaborators, undo) pass: the server holds drafts to their shape.
 */
export const StructureGuard = Extension.create({
  name: 'structureGuard',
  // Before every other Backspace, Delete and Enter (lists, additions, the base keymap).
  priority: 1000,

  addCommands() {
    return { removeBlock };
  },

  addKeyboardShortcuts() {
    const deleteText = () => {
      const { state, view } = this.editor;
      if (!needsTextOnlyDeletion(state)) return false;
      view.dispatch(deleteSelectedText(state).scrollIntoView());
      return true;
    };
    return {
      Backspace: deleteText,
      Delete: deleteText,
      'Mod-Backspace': deleteText,
      'Mod-Delete': deleteText,
      // The keyboard's way to the block's "Ta bort": the innermost inserted block around the caret.
      'Mod-Shift-Backspace': () => this.editor.commands.removeBlock(),
      // The selection goes first; then Enter does what it does at a caret.
      Enter: () => {
        deleteText();
        return false;
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: structureGuardKey,
        props: {
          handleTextInput: (view, _from, _to, text) => {
            const { state } = view;
            if (!needsTextOnlyDeletion(state)) return false;
            const tr = deleteSelectedText(state);
            // Into the first text at or after where the selection began (select-all begins before every block).
            const at = Selection.findFrom(tr.doc.resolve(tr.mapping.map(state.selection.from)), 1, true);
            if (!at) return false;
            tr.insertText(text, at.from);
            view.dispatch(tr.scrollIntoView());
            return true;
          },
        },
        filterTransaction: (tr, state) => {
          if (!tr.docChanged || tr.getMeta(ySyncPluginKey) !== undefined || tr.getMeta(REMOVES_BLOCK) === true) {
            return true;
          }
          return !losesStructure(state.doc, tr.doc);
        },
      }),
    ];
  },
});
