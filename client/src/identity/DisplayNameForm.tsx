import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { MAX_DISPLAY_NAME_LENGTH, normalizeDisplayName } from './normalizeDisplayName';

interface DisplayNameFormProps {
  initialName?: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  /** Extra actions beside the submit button, such as "Avbryt" in a dialog. */
  children?: ReactNode;
}

export function DisplayNameForm({ initialName = '', submitLabel, onSubmit, children }: DisplayNameFormProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [value, setValue] = useState(initialName);
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = normalizeDisplayName(value);
    if (name === '') {
      setError('Skriv ditt namn för att fortsätta.');
      return;
    }
    setError(null);
    onSubmit(name);
  };

  return (
    <form className="stacked-form" onSubmit={handleSubmit} noValidate>
      <label htmlFor={inputId}>Ditt namn</label>
      <p id={hintId} className="field-hint">
        Namnet visas för de andra som skriver i dokumentet.
      </p>
      <input
        id={inputId}
        name="displayName"
        type="text"
        autoComplete="name"
        maxLength={MAX_DISPLAY_NAME_LENGTH}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
      />
      {error !== null && (
        <p id={errorId} role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {children}
      </div>
    </form>
  );
}
