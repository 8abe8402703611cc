import { type FormEvent, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { describeRequestFailure } from '../api/ApiError';
import type { DocumentKind } from '../api/documentSummary';
import { createDocument } from '../api/documentsApi';
import { Field } from '../shared/Field';
import { MAX_TITLE_LENGTH, validateTitle } from './validateTitle';

export function NewDocumentForm() {
  const [, navigate] = useLocation();
  const kindHintId = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('protocol');
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
      // The server writes the first content itself (a protocol skeleton or a heading); the client never seeds it.
      const created = await createDocument(validation.title, kind);
      navigate(`/d/${created.id}`);
    } catch (failure) {
      setError(describeRequestFailure(failure, 'Kunde inte skapa dokumentet. Försök igen.'));
      setCreating(false);
    }
  };

  return (
    <section className="card" aria-labelledby="new-document-heading">
      <h3 id="new-document-heading">Nytt dokument</h3>
      <form className="stacked-form" onSubmit={handleSubmit} noValidate aria-busy={creating}>
        <Field
          label="Titel"
          hint="Till exempel ”Remissvar: Översiktsplan 2040”. Titeln blir dokumentets rubrik."
          name="title"
          maxLength={MAX_TITLE_LENGTH}
          value={title}
          onChange={setTitle}
          error={error ?? undefined}
          announceError
        />
        <fieldset className="choice-group" aria-describedby={kindHintId}>
          <legend>Typ av dokument</legend>
          <p id={kindHintId} className="field-hint">
            En protokollsparagraf har färdiga avsnitt och block (förslag, reservationer, handlingar) och kan laddas ner
            som Word, PDF, webbsida och text.
          </p>
          <label className="choice">
            <input
              type="radio"
              name="kind"
              value="protocol"
              checked={kind === 'protocol'}
              onChange={() => setKind('protocol')}
            />
            Protokollsparagraf (remissvar)
          </label>
          <label className="choice">
            <input type="radio" name="kind" value="text" checked={kind === 'text'} onChange={() => setKind('text')} />
            Fritt dokument
          </label>
        </fieldset>
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
