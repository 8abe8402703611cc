import { type FormEvent, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { describeRequestFailure } from '../api/ApiError';
import { createDocument } from '../api/documentsApi';
import { MAX_TITLE_LENGTH, validateTitle } from './validateTitle';

export function NewDocumentForm() {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating) return;
    const validation = validateTitle(title);
    if (!validation.ok) {
      setError(validation.message);
      return;
    }
    setError(null);
    setCreating(true);
    try {
      // The server writes the first heading itself; the client never seeds content.
      const created = await createDocument(validation.title);
      navigate(`/d/${created.id}`);
    } catch (failure) {
      setError(describeRequestFailure(failure, 'Kunde inte skapa dokumentet. Försök igen.'));
      setCreating(false);
    }
  };

  return (
    <section className="card" aria-labelledby="new-document-heading">
      <h2 id="new-document-heading">Nytt dokument</h2>
      <form className="stacked-form" onSubmit={handleSubmit} noValidate aria-busy={creating}>
        <label htmlFor={inputId}>Titel</label>
        <p id={hintId} className="field-hint">
          Till exempel ”Remissvar: Översiktsplan 2040”. Titeln blir dokumentets rubrik.
        </p>
        <input
          id={inputId}
          name="title"
          type="text"
          maxLength={MAX_TITLE_LENGTH}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
        />
        {error !== null && (
          <p id={errorId} role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          {/* aria-disabled keeps focus on the button while the request runs; the handler ignores repeats. */}
          <button type="submit" className="button button--primary" aria-disabled={creating || undefined}>
            Skapa dokument
          </button>
          {creating && <span className="muted">Skapar …</span>}
        </div>
      </form>
    </section>
  );
}
