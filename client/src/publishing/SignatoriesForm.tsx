import { type FormEvent, useId, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import { type Justering, nameSignatories } from '../api/justeringApi';

interface SignatoriesFormProps {
  matterId: string;
  meetingDate: string | null;
  justering: Justering;
  onSaved: (message: string) => void;
}

/** "Utse justerare": the secretary names the chair and the justerare, the day of justering and where it is kept. */
export function SignatoriesForm({ matterId, meetingDate, justering, onSaved }: SignatoriesFormProps) {
  const ids = { heading: useId(), chair: useId(), date: useId(), dateHint: useId(), kept: useId(), error: useId() };
  const named = (role: 'chair' | 'justerare') =>
    justering.signatories.filter((signatory) => signatory.role === role).map((signatory) => signatory.userId);
  const chairs = justering.candidates.filter((candidate) => candidate.role === 'chair');
  const members = justering.candidates.filter((candidate) => candidate.role === 'justerare');
  const [chair, setChair] = useState(named('chair')[0] ?? chairs[0]?.userId ?? '');
  const [chosen, setChosen] = useState<string[]>(named('justerare'));
  const [plannedDate, setPlannedDate] = useState(justering.plannedDate ?? meetingDate ?? '');
  const [immediate, setImmediate] = useState(justering.immediate);
  const [keptAt, setKeptAt] = useState(justering.keptAt ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (chosen.length === 0) return setError('Välj minst en justerare.');
    if (keptAt.trim() === '') return setError('Ange var protokollet förvaras.');
    setSaving(true);
    setError(null);
    try {
      await nameSignatories(matterId, {
        chairUserId: chair,
        justerareUserIds: chosen,
        plannedDate: immediate && meetingDate ? meetingDate : plannedDate,
        immediate,
        keptAt: keptAt.trim(),
      });
      onSaved('Justerarna är utsedda. De kan nu justera paragrafen i Yttra.');
    } catch (failure) {
      setError(describeRequestFailure(failure, 'Det gick inte att spara justerarna. Försök igen.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="matter-subsection" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>Utse justerare</h3>
      <form className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
        <label htmlFor={ids.chair}>Ordförande</label>
        <select id={ids.chair} value={chair} onChange={(event) => setChair(event.target.value)}>
          {chairs.map((candidate) => (
            <option key={candidate.userId} value={candidate.userId}>
              {candidate.name}
            </option>
          ))}
        </select>
        <fieldset className="choice-group">
          <legend>Justerare</legend>
          {members.map((candidate) => (
            <label key={candidate.userId} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(candidate.userId)}
                onChange={(event) =>
                  setChosen((current) =>
                    event.target.checked
                      ? [...current, candidate.userId]
                      : current.filter((id) => id !== candidate.userId),
                  )
                }
              />
              {candidate.name}
            </label>
          ))}
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={immediate} onChange={(event) => setImmediate(event.target.checked)} />
          Omedelbar justering (paragrafen justeras vid sammanträdet)
        </label>
        {!immediate && (
          <>
            <label htmlFor={ids.date}>Justeringsdag</label>
            <p id={ids.dateHint} className="field-hint">
              Senast 14 dagar efter sammanträdet. Skriftliga reservationer ska lämnas in före justeringen.
            </p>
            <input
              id={ids.date}
              type="date"
              value={plannedDate}
              aria-describedby={ids.dateHint}
              onChange={(event) => setPlannedDate(event.target.value)}
            />
          </>
        )}
        <label htmlFor={ids.kept}>Protokollet förvaras</label>
        <input
          id={ids.kept}
          type="text"
          value={keptAt}
          placeholder="t.ex. Stadsdelsförvaltningen, Årstaängsvägen 21"
          onChange={(event) => setKeptAt(event.target.value)}
        />
        {error !== null && (
          <p id={ids.error} role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
            Spara justerare
          </button>
        </div>
      </form>
    </section>
  );
}
