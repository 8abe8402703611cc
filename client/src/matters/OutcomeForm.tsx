import { type FormEvent, useId, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import type { MatterDetails } from '../api/matter';
import { fetchTabledVersions, recordOutcome } from '../api/mattersApi';
import { outcomeChoices } from './outcomeChoices';
import { assembledEntries, tabledKey } from './tabledKey';
import { useLoad } from './useLoad';

interface OutcomeFormProps {
  details: MatterDetails;
  headingLevel: 2 | 3;
  onChanged: (message: string) => void;
}

/** The proposals now in the paragraph, read from their tabled versions (the paragraph itself is a Yjs document). */
function useChoices(details: MatterDetails) {
  const proposals = assembledEntries(details.tabled, details.assembled).filter(
    (entry) => entry.draftKind === 'proposal',
  );
  const key = proposals.map((entry) => tabledKey(entry.documentId, entry.version)).join(',');
  return useLoad(
    key,
    async (signal) => {
      const drafts = await Promise.all(
        proposals.map(async (entry) => {
          const versions = await fetchTabledVersions(entry.documentId, signal);
          return { title: entry.title, content: versions.find((v) => v.version === entry.version)?.content };
        }),
      );
      return outcomeChoices(drafts);
    },
    'Det gick inte att hämta förslagen.',
  );
}

/** "Registrera utfall": which proposal the board supported; the server writes the beslutsgång and the decision. */
export function OutcomeForm({ details, headingLevel, onChanged }: OutcomeFormProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = useId();
  const selectId = useId();
  const hintId = useId();
  const { state } = useChoices(details);
  const [chosen, setChosen] = useState('administration');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const choices = state.kind === 'loaded' ? state.value : [];
  const value = choices.some((choice) => choice.value === chosen) ? chosen : 'administration';

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await recordOutcome(details.matter.id, value);
      const label = choices.find((choice) => choice.value === value)?.label ?? value;
      onChanged(
        `Utfallet är registrerat: nämnden ställde sig bakom ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
      );
    } catch (failure) {
      setError(describeRequestFailure(failure, 'Det gick inte att registrera utfallet. Försök igen.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={headingLevel === 2 ? 'matter-section' : 'matter-subsection'} aria-labelledby={headingId}>
      <Heading id={headingId}>Registrera utfall</Heading>
      {state.kind === 'failed' && (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      )}
      <form className="stacked-form" onSubmit={handleSubmit} noValidate aria-busy={saving || state.kind === 'loading'}>
        <label htmlFor={selectId}>Nämnden ställde sig bakom</label>
        <p id={hintId} className="field-hint">
          Förslagen i paragrafen. Utfallet skrivs in som beslutsgång, och det vinnande förslagets text blir beslutet.
        </p>
        <select
          id={selectId}
          value={value}
          onChange={(event) => setChosen(event.target.value)}
          aria-describedby={hintId}
        >
          {(choices.length > 0 ? choices : [{ value: 'administration', label: 'Förvaltningens förslag' }]).map(
            (choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ),
          )}
        </select>
        {error !== null && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
            Registrera utfall
          </button>
        </div>
      </form>
    </section>
  );
}
