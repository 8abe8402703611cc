import type { Editor } from '@tiptap/core';
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';
import { canInsert } from './insertBlock';
import type { InsertItem } from './insertItems';
import { nextMenuIndex } from './nextMenuIndex';

export interface SlashMenuState {
  open: boolean;
  query: string;
  items: readonly InsertItem[];
  available: readonly boolean[];
  activeIndex: number;
  /** Where the typed "/" is on screen, for placing the list under it. */
  anchor: { left: number; bottom: number } | null;
}

const CLOSED: SlashMenuState = { open: false, query: '', items: [], available: [], activeIndex: 0, anchor: null };

/**
 * The slash menu's state, between the suggestion plugin (which reports what was typed and the keys pressed in the
 * editor) and the React list that shows it. The editor keeps the focus throughout; the list's active option is
 * announced through the editor's aria-activedescendant.
 */
export class SlashMenuController {
  /** Off for free-text documents, which have no protocol blocks to insert. */
  enabled = false;
  private state: SlashMenuState = CLOSED;
  private readonly listeners = new Set<() => void>();
  private command: ((item: InsertItem) => void) | null = null;

  readonly getState = (): SlashMenuState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  show(props: SuggestionProps<InsertItem, InsertItem>, editor: Editor): void {
    const rect = props.clientRect?.() ?? null;
    const keepActive = this.state.open && this.state.query === props.query;
    const available = props.items.map((item) => canInsert(editor, item));
    // A new query starts on the first block that can go in (Enter should insert something).
    const firstAvailable = Math.max(available.indexOf(true), 0);
    this.command = props.command;
    this.set({
      open: true,
      query: props.query,
      items: props.items,
      available,
      activeIndex: keepActive ? Math.min(this.state.activeIndex, Math.max(props.items.length - 1, 0)) : firstAvailable,
      anchor: rect ? { left: rect.left, bottom: rect.bottom } : null,
    });
  }

  hide(): void {
    this.command = null;
    this.set(CLOSED);
  }

  /** Keys pressed in the editor while the menu is open; true when the menu used the key. */
  handleKeyDown({ event }: Pick<SuggestionKeyDownProps, 'event'>): boolean {
    const { items, activeIndex } = this.state;
    if (!this.state.open) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = nextMenuIndex(activeIndex, event.key, items.length);
      if (next !== null) this.set({ ...this.state, activeIndex: next });
      return items.length > 0;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      if (items.length === 0) return false;
      this.choose(activeIndex);
      return true;
    }
    return false;
  }

  highlight(index: number): void {
    if (index !== this.state.activeIndex) this.set({ ...this.state, activeIndex: index });
  }

  choose(index: number): void {
    const item = this.state.items[index];
    // An unavailable block (a second beslutsgång) leaves the typed text alone.
    if (!item || this.state.available[index] === false) return;
    this.command?.(item);
  }

  private set(state: SlashMenuState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
