import { type FormEvent, useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { describeRequestFailure } from '../api/ApiError';
import type { DraftKind } from '../api/matter';
import { createDraft } from '../api/mattersApi';
import { Field } from '../shared/Field';
import { MAX_TITLE_LENGTH, validateTitle } from '../start/validateTitle';
import { DRAFT_KIND_CHOICES } from './matterLabels';

/** "Nytt utkast": a draft owned by the member's party group, opened right away. */
export function NewDraftForm({ matterId }: { matterId: string }) {
  const [, navigate] = useLocation();
  const kindId = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DraftKind>('proposal');
  const [titleError, setTitleError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating) return;
    const validation = validateTitle(title);
    if (!validation.ok) {
      setTitleError(validation.message.replace('dokumentet', 'utkastet'));
      titleRef.current?.focus();
      return;
    }
    setTitleError(undefined);
    setFailure(null);
    setCreating(true);
    try {
      const documentId = await createDraft(matterId, validation.title, kind);
      navigate(`/d/${documentId}`);
    } catch (error) {
      setFailure(describeRequestFailure(error, 'Det gick inte att skapa utkastet. Försök igen.'));
      setCreating(false);
    }
  };

  return (
    <section className="card" aria-labelledby="new-draft-heading">
      <h3 id="new-draft-heading">Nytt utkast</h3>
      <form className="stacked-form" onSubmit={handleSubmit} noValidate aria-busy={creating}>
        <Field
          label="Titel"
          hint="Till exempel ”Förslag om samverkan”. Bara din partigrupp ser utkastet tills ni delar eller lämnar in det."
          value={title}
          onChange={setTitle}
          error={titleError}
          inputRef={titleRef}
          maxLength={MAX_TITLE_LENGTH}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor={kindId}>Typ</label>
          <select id={kindId} value={kind} onChange={(event) => setKind(event.target.value as DraftKind)}>
            {DRAFT_KIND_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        {failure !== null && (
          <p role="alert" className="form-error">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={creating || undefined}>
            Skapa utkast
          </button>
          {creating && <span className="muted">Skapar …</span>}
        </div>
      </form>
    </section>
  );
}
