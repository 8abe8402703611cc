import { useRef, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  /** Runs the action; a failure is shown in the dialog, which then stays open. */
  onConfirm: () => Promise<void>;
  onClosed: () => void;
  failureMessage: string;
}

/** "Are you sure?" for actions that cannot be undone (tabling a draft, approving the paragraph). */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onClosed,
  failureMessage,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The action cannot be undone: the focus starts on the way out, as for any alert dialog.
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog title={title} onClosed={onClosed} role="alertdialog" initialFocusRef={cancelRef}>
      {(close, describedById) => (
        <>
          <p id={describedById}>{message}</p>
          {error !== null && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              aria-disabled={busy || undefined}
              onClick={async () => {
                if (busy) return;
                setBusy(true);
                setError(null);
                try {
                  await onConfirm();
                  close();
                } catch (failure) {
                  setError(describeRequestFailure(failure, failureMessage));
                  setBusy(false);
                }
              }}
            >
              {confirmLabel}
            </button>
            <button ref={cancelRef} type="button" className="button" onClick={close}>
              Avbryt
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
