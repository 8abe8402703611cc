import { type FormEvent, useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { describeRequestFailure } from '../api/ApiError';
import { createMatter } from '../api/mattersApi';
import { Field } from './Field';
import { DEFAULT_MATTER_KIND, type NewMatterField, type NewMatterFields, validateNewMatter } from './validateNewMatter';

const FIELD_ORDER: readonly NewMatterField[] = ['caseNumber', 'title', 'kind', 'meetingDate', 'replyDeadline'];

/** "Nytt ärende", for the board's administrators: registers the matter and creates its paragraph. */
export function NewMatterForm({ organisationIds }: { organisationIds: readonly string[] }) {
  const [, navigate] = useLocation();
  const boardId = useId();
  const errorId = useId();
  const [fields, setFields] = useState<NewMatterFields>({
    organisationId: organisationIds[0] ?? '',
    caseNumber: '',
    title: '',
    kind: DEFAULT_MATTER_KIND,
    meetingDate: '',
    replyDeadline: '',
  });
  const [errors, setErrors] = useState<Partial<Record<NewMatterField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const inputs = useRef<Partial<Record<NewMatterField, HTMLInputElement | null>>>({});
  const set = (field: keyof NewMatterFields) => (value: string) =>
    setFields((current) => ({ ...current, [field]: value }));
  const inputRef = (field: NewMatterField) => (element: HTMLInputElement | null) => {
    inputs.current[field] = element;
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (creating) return;
    const validation = validateNewMatter(fields);
    if (!validation.ok) {
      setErrors(validation.errors);
      const first = FIELD_ORDER.find((field) => validation.errors[field]);
      if (first) inputs.current[first]?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    setCreating(true);
    try {
      const { matter } = await createMatter(validation.input);
      navigate(`/arenden/${encodeURIComponent(matter.id)}`);
    } catch (error) {
      setFailure(describeRequestFailure(error, 'Det gick inte att registrera ärendet. Försök igen.'));
      setCreating(false);
    }
  };

  return (
    <section className="card" aria-labelledby="new-matter-heading">
      <h2 id="new-matter-heading">Nytt ärende</h2>
      <form className="stacked-form form-grid" onSubmit={handleSubmit} noValidate aria-busy={creating}>
        {organisationIds.length > 1 && (
          <div className="field">
            <label htmlFor={boardId}>Nämnd</label>
            <select
              id={boardId}
              value={fields.organisationId}
              onChange={(event) => set('organisationId')(event.target.value)}
            >
              {organisationIds.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </div>
        )}
        <Field
          label="Diarienummer"
          hint="Till exempel HL 2019/310."
          value={fields.caseNumber}
          onChange={set('caseNumber')}
          error={errors.caseNumber}
          inputRef={inputRef('caseNumber')}
          maxLength={40}
          autoComplete="off"
        />
        <Field
          label="Ärendemening"
          value={fields.title}
          onChange={set('title')}
          error={errors.title}
          inputRef={inputRef('title')}
          maxLength={300}
          autoComplete="off"
        />
        <Field
          label="Typ"
          hint="Vad nämnden ska lämna, till exempel Yttrande till kommunstyrelsen."
          value={fields.kind}
          onChange={set('kind')}
          error={errors.kind}
          inputRef={inputRef('kind')}
          maxLength={120}
        />
        <Field
          label="Sammanträdesdatum"
          type="date"
          value={fields.meetingDate}
          onChange={set('meetingDate')}
          error={errors.meetingDate}
          inputRef={inputRef('meetingDate')}
        />
        <Field
          label="Svarsdatum"
          type="date"
          value={fields.replyDeadline}
          onChange={set('replyDeadline')}
          error={errors.replyDeadline}
          inputRef={inputRef('replyDeadline')}
        />
        {failure !== null && (
          <p id={errorId} role="alert" className="form-error">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={creating || undefined}>
            Skapa ärende
          </button>
          {creating && <span className="muted">Registrerar …</span>}
        </div>
      </form>
    </section>
  );
}
