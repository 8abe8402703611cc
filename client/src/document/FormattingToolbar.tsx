import { type Editor, useEditorState } from '@tiptap/react';
import { type KeyboardEvent, useRef, useState } from 'react';
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

/** One tab stop for the whole toolbar; arrow keys move between buttons (roving tabindex). */
export function FormattingToolbar({ editor }: { editor: Editor }) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const states = useEditorState({ editor, selector: ({ editor: current }) => readButtonStates(current) });

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextToolbarIndex(focusIndex, event.key, TOOLBAR_ACTIONS.length);
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      role="toolbar"
      aria-label="Formatering"
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
          focusable={index === focusIndex}
          buttonRef={(element) => {
            buttons.current[index] = element;
          }}
          onFocus={() => setFocusIndex(index)}
          onActivate={() => action.run(editor.chain().focus()).run()}
        >
          {action.content}
        </ToolbarButton>
      ))}
    </div>
  );
}
