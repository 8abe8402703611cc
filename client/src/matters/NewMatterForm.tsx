import { type FormEvent, useId, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { describeRequestFailure } from '../api/ApiError';
import { createMatter } from '../api/mattersApi';
import { Field } from '../shared/Field';
import { DEFAULT_MATTER_KIND, type NewMatterField, type NewMatterFields, validateNewMatter } from './validateNewMatter';

interface FieldSpec {
  name: NewMatterField;
  label: string;
  hint?: string;
  type?: 'date';
  /** The server's limit (see validateNewMatter), so the field stops where the server would refuse. */
  maxLength?: number;
  /** Off where the browser's memory of earlier entries would only suggest another matter's value. */
  autoComplete?: 'off';
}

/** The form's inputs in the order shown; the first one in error is the one that gets the focus. */
const FIELDS: readonly FieldSpec[] = [
  { name: 'caseNumber', label: 'Diarienummer', hint: 'Till exempel HL 2019/310.', maxLength: 40, autoComplete: 'off' },
  { name: 'title', label: 'Ärendemening', maxLength: 300, autoComplete: 'off' },
  {
    name: 'kind',
    label: 'Typ',
    hint: 'Vad nämnden ska lämna, till exempel Yttrande till kommunstyrelsen.',
    maxLength: 120,
  },
  { name: 'meetingDate', label: 'Sammanträdesdatum', type: 'date' },
  { name: 'replyDeadline', label: 'Svarsdatum', type: 'date' },
];

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
      const first = FIELDS.find(({ name }) => validation.errors[name]);
      if (first) inputs.current[first.name]?.focus();
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
        {FIELDS.map(({ name, ...spec }) => (
          <Field
            key={name}
            {...spec}
            value={fields[name]}
            onChange={set(name)}
            error={errors[name]}
            inputRef={inputRef(name)}
          />
        ))}
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
