import type { ReactNode, Ref } from 'react';

interface ToolbarButtonProps {
  label: string;
  /** Undefined for actions (undo, redo) that are not on/off toggles. */
  pressed?: boolean;
  disabled: boolean;
  shortcut: string;
  focusable: boolean;
  /** Adds space before the button, separating groups (marks, blocks, history). */
  groupStart: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onActivate: () => void;
  onFocus: () => void;
  children: ReactNode;
}

/**
 * Unavailable buttons stay focusable (aria-disabled rather than disabled), as the toolbar pattern recommends,
 * so arrow-key navigation does not skip over them silently.
 */
export function ToolbarButton(props: ToolbarButtonProps) {
  const { label, pressed, disabled, shortcut, focusable, groupStart, buttonRef, onActivate, onFocus, children } = props;
  return (
    <button
      ref={buttonRef}
      type="button"
      className={groupStart ? 'toolbar-button toolbar-button--group-start' : 'toolbar-button'}
      aria-label={label}
      aria-pressed={pressed}
      aria-disabled={disabled || undefined}
      aria-keyshortcuts={shortcut}
      title={label}
      tabIndex={focusable ? 0 : -1}
      onFocus={onFocus}
      // Keep the text selection in the editor while the mouse is down on a button.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) onActivate();
      }}
    >
      {children}
    </button>
  );
}
