import type { Editor } from '@tiptap/react';
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { canInsert, insertBlock } from './insertBlock';
import type { InsertItem } from './insertItems';
import { indexByFirstLetter, nextMenuIndex } from './nextMenuIndex';
import { offeredItems } from './offeredItems';

interface InsertMenuProps {
  editor: Editor;
  /** The blocks this document takes (`insertItemsFor`). */
  items: readonly InsertItem[];
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The toolbar's roving tab stop. */
  focusable: boolean;
  onFocus: () => void;
}

/**
 * "Infoga": a menu button (WAI-ARIA menu button pattern) listing the protocol blocks. Arrow keys, Home, End and
 * first letters move in the menu, Enter or Space inserts, Escape closes and returns to the button. Blocks that
 * cannot go in now (a second beslutsgång) are listed but marked unavailable.
 */
export function InsertMenu({ editor, items: allItems, buttonRef, focusable, onFocus }: InsertMenuProps) {
  const buttonId = useId();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [available, setAvailable] = useState<boolean[]>([]);
  // What the menu lists is decided when it opens: the template (and so what it has a place for) comes with the text.
  const [insertItems, setInsertItems] = useState<readonly InsertItem[]>(allItems);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  const openAt = (index: number | 'last') => {
    const shown = offeredItems(editor, allItems);
    setInsertItems(shown);
    setAvailable(shown.map((item) => canInsert(editor, item)));
    setActive(index === 'last' ? shown.length - 1 : index);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const choose = (index: number) => {
    const item = insertItems[index];
    if (!item || available[index] === false) return;
    setOpen(false);
    insertBlock(editor, item);
  };

  const handleButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : 'last');
    }
  };

  const handleMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The toolbar around would move its own focus on Home, End and the arrows.
    event.stopPropagation();
    const next = nextMenuIndex(active, event.key, insertItems.length);
    if (next !== null) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      // Leave from the button, so that Tab goes on to what follows it.
      buttonRef.current?.focus();
      setOpen(false);
    } else if (!event.ctrlKey && !event.metaKey && !event.altKey) {
      const byLetter = indexByFirstLetter(
        insertItems.map((item) => item.label),
        active,
        event.key,
      );
      if (byLetter !== null) setActive(byLetter);
    }
  };

  return (
    <div className="insert-menu" ref={container}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="toolbar-button toolbar-button--group-start toolbar-button--menu"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        tabIndex={focusable ? 0 : -1}
        onFocus={onFocus}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={handleButtonKeyDown}
      >
        Infoga<span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="insert-menu__list"
          onKeyDown={handleMenuKeyDown}
        >
          {insertItems.map((item, index) => (
            <button
              key={item.id}
              ref={(element) => {
                items.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              aria-disabled={available[index] === false || undefined}
              className="insert-menu__item"
              data-item={item.id}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
              onFocus={() => setActive(index)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
