import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { Field } from '../shared/Field';
import { parseDocumentReference } from './parseDocumentReference';

export function OpenDocumentForm() {
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
        <Field
          label="Länk eller dokument-id"
          hint="Klistra in länken du fått av en kollega, eller bara id:t."
          name="reference"
          autoComplete="off"
          spellCheck={false}
          value={reference}
          onChange={setReference}
          error={error ?? undefined}
          announceError
        />
        <div className="form-actions">
          <button type="submit" className="button">
            Öppna dokument
          </button>
        </div>
      </form>
    </section>
  );
}
