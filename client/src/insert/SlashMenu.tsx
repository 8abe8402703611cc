import type { Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useSyncExternalStore } from 'react';
import type { SlashMenuController } from './SlashMenuController';

/**
 * The slash menu's listbox. The focus stays in the editor while the menu is open (the user goes on typing to
 * filter), so the active option is conveyed with aria-activedescendant on the editor, which controls the list.
 */
export function SlashMenu({ editor, controller }: { editor: Editor; controller: SlashMenuController }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const listboxId = useId();
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const hasOptions = state.open && state.items.length > 0;
  const listbox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const { dom } = editor.view;
    if (!hasOptions) return;
    dom.setAttribute('aria-controls', listboxId);
    dom.setAttribute('aria-activedescendant', `${listboxId}-option-${state.activeIndex}`);
    return () => {
      dom.removeAttribute('aria-controls');
      dom.removeAttribute('aria-activedescendant');
    };
  }, [editor, hasOptions, listboxId, state.activeIndex]);

  useEffect(() => {
    // The focus stays in the editor, so the browser does not scroll the active option into view by itself.
    if (hasOptions) listbox.current?.children[state.activeIndex]?.scrollIntoView({ block: 'nearest' });
  }, [hasOptions, state.activeIndex]);

  if (!state.open) return null;
  const style = state.anchor ? { left: state.anchor.left, top: state.anchor.bottom + 4 } : undefined;
  if (!hasOptions) {
    return (
      <div className="slash-menu slash-menu--empty" style={style} role="status">
        Inget block heter ”{state.query}”.
      </div>
    );
  }
  return (
    <div ref={listbox} id={listboxId} role="listbox" aria-label="Infoga block" className="slash-menu" style={style}>
      {state.items.map((item, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works in the editor (arrows, Enter), see above
        <div
          key={item.id}
          id={optionId(index)}
          role="option"
          tabIndex={-1}
          aria-selected={index === state.activeIndex}
          aria-disabled={state.available[index] === false || undefined}
          className="slash-menu__option"
          data-item={item.id}
          // Keep the focus (and the typed "/") in the editor.
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => controller.highlight(index)}
          onClick={() => controller.choose(index)}
        >
          {item.label}
        </div>
      ))}
    </div>
  );
}
