import { useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import { createNamedVersion } from '../api/versionsApi';
import { Field } from '../shared/Field';

/** "Spara version": the text as it is now, under a name, so it can be found, compared and restored later. */
export function NamedVersionForm({ documentId, onSaved }: { documentId: string; onSaved: (name: string) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="stacked-form named-version-form"
      aria-labelledby="named-version-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        if (busy) return;
        const trimmed = name.trim();
        if (trimmed === '') {
          setError('Ge versionen ett namn.');
          return;
        }
        setBusy(true);
        setError(undefined);
        try {
          await createNamedVersion(documentId, trimmed);
          setName('');
          onSaved(trimmed);
        } catch (failure) {
          setError(describeRequestFailure(failure, 'Versionen kunde inte sparas.'));
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 id="named-version-heading">Spara version</h2>
      <Field
        label="Versionens namn"
        hint="Till exempel ”Före gruppmötet”. Texten sparas som den är just nu."
        value={name}
        onChange={setName}
        error={error}
        announceError
        maxLength={120}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Spara version
        </button>
      </div>
    </form>
  );
}
