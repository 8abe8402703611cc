import { type Editor, useEditorState } from '@tiptap/react';
import { type KeyboardEvent, useRef, useState } from 'react';
import { InsertMenu } from '../insert/InsertMenu';
import type { InsertItem } from '../insert/insertItems';
import { chainWithFocus } from './chainWithFocus';
import { nextToolbarIndex } from './nextToolbarIndex';
import { ToolbarButton } from './ToolbarButton';
import { TOOLBAR_ACTIONS } from './toolbarActions';

interface ButtonState {
  pressed: boolean | undefined;
  available: boolean;
}

function readButtonStates(editor: Editor): ButtonState[] {
  return TOOLBAR_ACTIONS.map((action) => ({
    pressed: action.isActive?.(editor),
    available: action.canRun?.(editor) ?? true,
  }));
}

interface FormattingToolbarProps {
  editor: Editor;
  /** The blocks the "Infoga" menu offers; none: no menu. */
  insertItems: readonly InsertItem[];
}

/** One tab stop for the whole toolbar; arrow keys move between buttons (roving tabindex). */
export function FormattingToolbar({ editor, insertItems }: FormattingToolbarProps) {
  const withInsertMenu = insertItems.length > 0;
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const insertButton = useRef<HTMLButtonElement | null>(null);
  const states = useEditorState({ editor, selector: ({ editor: current }) => readButtonStates(current) });
  const insertIndex = TOOLBAR_ACTIONS.length;
  const count = TOOLBAR_ACTIONS.length + (withInsertMenu ? 1 : 0);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextToolbarIndex(focusIndex, event.key, count);
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    (next === insertIndex ? insertButton.current : buttons.current[next])?.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label={withInsertMenu ? 'Formatering och infoga' : 'Formatering'}
      aria-orientation="horizontal"
      className="toolbar"
      onKeyDown={handleKeyDown}
    >
      {TOOLBAR_ACTIONS.map((action, index) => (
        <ToolbarButton
          key={action.id}
          label={action.label}
          groupStart={action.groupStart === true}
          shortcut={action.shortcut}
          pressed={states[index]?.pressed}
          disabled={!states[index]?.available}
          focusable={index === Math.min(focusIndex, count - 1)}
          buttonRef={(element) => {
            buttons.current[index] = element;
          }}
          onFocus={() => setFocusIndex(index)}
          onActivate={() => action.run(chainWithFocus(editor)).run()}
        >
          {action.content}
        </ToolbarButton>
      ))}
      {withInsertMenu && (
        <InsertMenu
          editor={editor}
          items={insertItems}
          buttonRef={insertButton}
          focusable={focusIndex === insertIndex}
          onFocus={() => setFocusIndex(insertIndex)}
        />
      )}
    </div>
  );
}
