import type { Editor } from '@tiptap/core';
import type { SuggestionProps } from '@tiptap/suggestion';
import { describe, expect, it, vi } from 'vitest';
import { filterInsertItems } from './filterInsertItems';
import { INSERT_ITEMS, type InsertItem } from './insertItems';
import { SlashMenuController } from './SlashMenuController';

/** An editor that can insert everything but a beslutsgång (as when the document has one). */
const editor = {
  can: () => ({ insertProtocolBlock: (kind: string) => kind !== 'decisionProcedure' }),
} as unknown as Editor;

const props = (query: string, command = vi.fn()) =>
  ({
    query,
    items: filterInsertItems(INSERT_ITEMS, query),
    command,
    clientRect: () => ({ left: 10, bottom: 20 }) as DOMRect,
  }) as unknown as SuggestionProps<InsertItem, InsertItem>;

const key = (name: string) => ({ event: new KeyboardEvent(name) });

class KeyboardEvent {
  constructor(readonly key: string) {}
}

describe('SlashMenuController', () => {
  it('opens on the first item, moves with the arrows and chooses with Enter', () => {
    const controller = new SlashMenuController();
    const command = vi.fn();
    controller.show(props('', command), editor);
    expect(controller.getState()).toMatchObject({ open: true, activeIndex: 0, anchor: { left: 10, bottom: 20 } });
    expect(controller.handleKeyDown(key('ArrowUp') as never)).toBe(true);
    expect(controller.getState().activeIndex).toBe(INSERT_ITEMS.length - 1);
    controller.handleKeyDown(key('ArrowDown') as never);
    controller.handleKeyDown(key('ArrowDown') as never);
    expect(controller.handleKeyDown(key('Enter') as never)).toBe(true);
    expect(command).toHaveBeenCalledWith(INSERT_ITEMS[1]);
  });

  it('starts over at the top when the query changes, and lets Enter through when nothing matches', () => {
    const controller = new SlashMenuController();
    controller.show(props(''), editor);
    controller.highlight(3);
    controller.show(props('r'), editor);
    expect(controller.getState().activeIndex).toBe(0);
    controller.show(props('xyz'), editor);
    expect(controller.handleKeyDown(key('Enter') as never)).toBe(false);
    expect(controller.handleKeyDown(key('ArrowDown') as never)).toBe(false);
  });

  it('starts on the first block that can go in', () => {
    const controller = new SlashMenuController();
    controller.show(props('besl'), editor);
    expect(controller.getState().items.map((item) => item.label)).toEqual([
      'Beslutsmening',
      'Beslutsgång',
      'Förslag',
      'Deltar inte i beslutet',
    ]);
    const onlyDecision = {
      can: () => ({ insertProtocolBlock: (kind: string) => kind === 'decisionProcedure' }),
    } as unknown as Editor;
    controller.hide();
    controller.show(props('besl'), onlyDecision);
    expect(controller.getState().activeIndex).toBe(1);
  });

  it('does not insert a block that cannot go in, and forgets everything when hidden', () => {
    const controller = new SlashMenuController();
    const command = vi.fn();
    controller.show(props('beslutsg', command), editor);
    expect(controller.getState().available).toEqual([false]);
    controller.choose(0);
    expect(command).not.toHaveBeenCalled();
    const listener = vi.fn();
    controller.subscribe(listener);
    controller.hide();
    expect(listener).toHaveBeenCalled();
    expect(controller.getState().open).toBe(false);
    expect(controller.handleKeyDown(key('Enter') as never)).toBe(false);
  });
});
