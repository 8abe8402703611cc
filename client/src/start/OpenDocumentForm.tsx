import { type FormEvent, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { parseDocumentReference } from './parseDocumentReference';

export function OpenDocumentForm() {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [, navigate] = useLocation();
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const documentId = parseDocumentReference(reference);
    if (documentId === null) {
      setError('Det går inte att hitta något dokument-id i det du skrev. Klistra in hela länken eller id:t.');
      return;
    }
    setError(null);
    navigate(`/d/${documentId}`);
  };

  return (
    <section className="card" aria-labelledby="open-document-heading">
      <h3 id="open-document-heading">Öppna dokument</h3>
      <form className="stacked-form" onSubmit={handleSubmit} noValidate>
        <label htmlFor={inputId}>Länk eller dokument-id</label>
        <p id={hintId} className="field-hint">
          Klistra in länken du fått av en kollega, eller bara id:t.
        </p>
        <input
          id={inputId}
          name="reference"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={reference}
          onChange={(event) => setReference(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
        />
        {error !== null && (
          <p id={errorId} role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button">
            Öppna dokument
          </button>
        </div>
      </form>
    </section>
  );
}
