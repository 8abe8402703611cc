import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { filterInsertItems } from './filterInsertItems';
import { insertBlock } from './insertBlock';
import { INSERT_ITEMS, type InsertItem } from './insertItems';
import { offeredItems } from './offeredItems';
import type { SlashMenuController } from './SlashMenuController';

export interface SlashCommandOptions {
  controller: SlashMenuController | null;
  /** The blocks the document's shape takes (`insertItemsFor`). */
  items: readonly InsertItem[];
}

const slashCommandKey = new PluginKey('slashCommand');

/**
 * "/" at the start of an empty paragraph opens a menu of the protocol blocks; what is typed after it filters the
 * menu. Choosing replaces "/…" with the block (placed by `insertProtocolBlock`). Only the local user's typing opens
 * it: a collaborator's "/" arrives through Yjs and must not open a menu here.
 */
export const SlashCommand = Extension.create<SlashCommandOptions>({
  name: 'slashCommand',

  addOptions() {
    return { controller: null, items: INSERT_ITEMS };
  },

  addProseMirrorPlugins() {
    const { controller, items } = this.options;
    if (!controller || items.length === 0) return [];
    const { editor } = this;
    return [
      Suggestion<InsertItem, InsertItem>({
        editor,
        pluginKey: slashCommandKey,
        char: '/',
        startOfLine: true,
        allowSpaces: false,
        allow: ({ state, range }) => {
          if (!controller.enabled) return false;
          const $from = state.doc.resolve(range.from);
          // Only in a paragraph that holds nothing but "/…" (an attachment title, say, is no place for blocks).
          return $from.parent.type.name === 'paragraph' && range.from === $from.start() && range.to === $from.end();
        },
        // A remote change may keep an open menu open, but never opens one.
        shouldShow: ({ transaction }) =>
          controller.getState().open || transaction.getMeta(ySyncPluginKey)?.isChangeOrigin !== true,
        items: ({ query, editor: current }) => filterInsertItems(offeredItems(current, items), query),
        command: ({ editor: current, range, props: item }) => {
          current.chain().focus().deleteRange(range).run();
          insertBlock(current, item);
        },
        render: () => ({
          onStart: (props) => controller.show(props, editor),
          onUpdate: (props) => controller.show(props, editor),
          onExit: () => controller.hide(),
          onKeyDown: (props) => controller.handleKeyDown(props),
        }),
      }),
    ];
  },
});
