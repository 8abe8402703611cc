import { useEffect, useRef } from 'react';
import { DisplayNameForm } from './DisplayNameForm';

interface ChangeNameDialogProps {
  currentName: string;
  onSave: (name: string) => void;
  /** Called once the dialog has closed (Escape, Avbryt or after saving); the parent then unmounts it. */
  onClosed: () => void;
}

/**
 * Rendered only while open, so the document page never holds a second "Ditt namn" field. The native modal
 * dialog traps focus, closes on Escape and returns focus to the button that opened it — which is why every
 * way out goes through dialog.close() instead of simply unmounting.
 */
export function ChangeNameDialog({ currentName, onSave, onClosed }: ChangeNameDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const close = () => dialogRef.current?.close();

  useEffect(() => {
    const dialog = dialogRef.current;
    // No close() in a cleanup: under StrictMode its queued close event would end the remounted dialog.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="change-name-heading" onClose={onClosed}>
      <h2 id="change-name-heading">Byt namn</h2>
      <DisplayNameForm
        initialName={currentName}
        submitLabel="Spara"
        onSubmit={(name) => {
          onSave(name);
          close();
        }}
      >
        <button type="button" className="button" onClick={close}>
          Avbryt
        </button>
      </DisplayNameForm>
    </dialog>
  );
}
