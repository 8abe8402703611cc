import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

interface ModalDialogProps {
  title: string;
  /** Called once the dialog has closed (Escape, a cancel button, or after the action); the parent unmounts it. */
  onClosed: () => void;
  /** The dialog's content; `close` ends it the native way, which returns focus to what opened it. */
  children: (close: () => void, describedById: string) => ReactNode;
  role?: 'dialog' | 'alertdialog';
  /** What gets the focus on opening; by default the first control (the browser's choice). */
  initialFocusRef?: RefObject<HTMLElement | null>;
}

/**
 * A native modal <dialog>, rendered only while open: it traps focus, closes on Escape and gives focus back to
 * the button that opened it, which is why every way out goes through dialog.close() instead of unmounting.
 */
export function ModalDialog({ title, onClosed, children, role, initialFocusRef }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const descriptionId = useId();
  const close = () => dialogRef.current?.close();

  useEffect(() => {
    const dialog = dialogRef.current;
    // No close() in a cleanup: under StrictMode its queued close event would end the remounted dialog.
    if (dialog && !dialog.open) dialog.showModal();
    initialFocusRef?.current?.focus();
  }, [initialFocusRef]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role={role}
      aria-labelledby={headingId}
      aria-describedby={descriptionId}
      onClose={onClosed}
    >
      <h2 id={headingId}>{title}</h2>
      {children(close, descriptionId)}
    </dialog>
  );
}
