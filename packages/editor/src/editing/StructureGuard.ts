import { Extension } from '@tiptap/core';
import { createParagraphNear, splitBlock } from '@tiptap/pm/commands';
import {
  AllSelection,
  type EditorState,
  NodeSelection,
  Plugin,
  PluginKey,
  Selection,
  TextSelection,
} from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { removeBlock } from '../commands/removeBlock';
import { PROTECTED_NODES } from './countProtectedNodes';
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

/** Types `text` over a selection that reaches into structure: its text deleted, the text in the first text after. */
function typeOverSelection(view: EditorView, text: string): boolean {
  const { state } = view;
  if (!needsTextOnlyDeletion(state)) return false;
  const tr = deleteSelectedText(state);
  const at = Selection.findFrom(tr.doc.resolve(tr.mapping.map(state.selection.from)), 1, true);
  if (!at) return true;
  tr.insertText(text, at.from).setSelection(TextSelection.create(tr.doc, at.from + text.length));
  view.dispatch(tr.scrollIntoView());
  return true;
}

/**
 * Types `text` over a selected node (an inserted beslutsgång, a decision sentence, a chip) as ProseMirror does for
 * a key press: the browser has no text there to replace, and drops text that arrives as input (ä and ö typed by
 * some layouts, dictation) or puts it elsewhere.
 */
function typeOverNode(view: EditorView, text: string): boolean {
  const { selection } = view.state;
  if (!(selection instanceof NodeSelection)) return false;
  const { from, to } = selection;
  const typed = () => view.state.tr.insertText(text);
  if (!view.someProp('handleTextInput', (handle) => handle(view, from, to, text, typed))) {
    view.dispatch(typed().scrollIntoView());
  }
  return true;
}

/** Blocks a person writes in: each keeps at least one textblock, or typing would have nowhere to go. */
const WRITING_BLOCKS = new Set(['proposal', 'statement', 'reservation', 'protocolSection']);

/** Whether the caret is in an empty textblock that is the only one its writing block has (nothing to delete). */
function inLastEmptyText(state: EditorState): boolean {
  const { selection } = state;
  const { $from } = selection;
  if (!selection.empty || !$from.parent.isTextblock || $from.parent.content.size > 0) return false;
  for (let depth = $from.depth - 1; depth > 0; depth -= 1) {
    const block = $from.node(depth);
    if (!WRITING_BLOCKS.has(block.type.name)) continue;
    let textblocks = 0;
    block.descendants((node) => {
      if (node.isTextblock) textblocks += 1;
      return textblocks < 2 && !node.isTextblock;
    });
    return textblocks < 2;
  }
  return false;
}

/** Whether a collapsed caret stands at the edge of its text right next to a protected node (direction -1: before). */
function besideProtected(state: EditorState, direction: -1 | 1): boolean {
  const { selection } = state;
  if (!selection.empty) return false;
  const { $from } = selection;
  if (!$from.parent.isTextblock) return false;
  const atEdge = direction < 0 ? $from.parentOffset === 0 : $from.parentOffset === $from.parent.content.size;
  if (!atEdge || $from.depth < 1) return false;
  const index = $from.index($from.depth - 1) + (direction < 0 ? -1 : 1);
  const container = $from.node($from.depth - 1);
  const neighbour = index >= 0 && index < container.childCount ? container.child(index) : null;
  return neighbour !== null && PROTECTED_NODES.has(neighbour.type.name);
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
      // At the start of the text that follows a person list (or at the end of text before one) there is nothing to
      // delete: joining would select the list, and the next key would be typed over it.
      Backspace: () => deleteText() || besideProtected(this.editor.state, -1) || inLastEmptyText(this.editor.state),
      Delete: () => deleteText() || besideProtected(this.editor.state, 1) || inLastEmptyText(this.editor.state),
      'Mod-Backspace': deleteText,
      'Mod-Delete': deleteText,
      // The keyboard's way to the block's "Ta bort": the innermost inserted block around the caret. Outside one it
      // does nothing (the browser would delete to the start of the line).
      'Mod-Shift-Backspace': () => {
        this.editor.commands.removeBlock();
        return true;
      },
      // The selection goes first; then Enter does what it does at a caret. Over a selected node that no command
      // splits or puts a paragraph beside, the key is used up here: Chrome would otherwise rewrite the DOM itself.
      Enter: () => {
        deleteText();
        const { state } = this.editor;
        return state.selection instanceof NodeSelection && !createParagraphNear(state) && !splitBlock(state);
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: structureGuardKey,
        props: {
          // Typing over such a selection: handled at the key, since the browser's own replacement of the selected
          // DOM would reach ProseMirror as a change of the whole structure, which the filter below refuses.
          handleKeyDown: (view, event) => {
            if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
              return false;
            }
            return typeOverSelection(view, event.key);
          },
          // Characters a keyboard layout inserts without a key event of their own (å, ä, ö on some layouts, text
          // from the system) arrive as input events.
          handleDOMEvents: {
            beforeinput: (view, event) => {
              // Typed as the fields used: the server compiles this package without the DOM library.
              const input = event as unknown as { inputType: string; data: string | null; isComposing: boolean };
              if (input.inputType !== 'insertText' || !input.data || input.isComposing) return false;
              if (!typeOverSelection(view, input.data) && !typeOverNode(view, input.data)) return false;
              event.preventDefault();
              return true;
            },
          },
          handleTextInput: (view, _from, _to, text) => typeOverSelection(view, text),
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
