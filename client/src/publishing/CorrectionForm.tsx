import { type FormEvent, useId, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import { correctParagraph } from '../api/justeringApi';

/**
 * "Rättelse": the only way to reopen a justered paragraph. The reason is recorded with who and when; the notice
 * comes down, and the paragraph must be justered again by everyone named.
 */
export function CorrectionForm({
  matterId,
  onCorrected,
}: {
  matterId: string;
  onCorrected: (message: string) => void;
}) {
  const headingId = useId();
  const reasonId = useId();
  const hintId = useId();
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (reason.trim().length < 10) return setError('Beskriv varför paragrafen behöver rättas (minst 10 tecken).');
    setSaving(true);
    setError(null);
    try {
      await correctParagraph(matterId, reason.trim());
      onCorrected('Paragrafen är öppnad för rättelse. Tillkännagivandet är nedtaget tills den justerats igen.');
    } catch (failure) {
      setError(describeRequestFailure(failure, 'Det gick inte att öppna paragrafen för rättelse.'));
      setSaving(false);
    }
  };
  return (
    <section className="matter-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>Rättelse</h3>
      <p>
        En justerad paragraf kan bara öppnas igen genom rättelse. Skälet sparas med ditt namn och tiden,
        tillkännagivandet tas ned och alla justerare behöver justera på nytt.
      </p>
      <form className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
        <label htmlFor={reasonId}>Skäl till rättelsen</label>
        <p id={hintId} className="field-hint">
          Till exempel: fel datum i rubriken. Minst 10 tecken.
        </p>
        <textarea
          id={reasonId}
          rows={3}
          value={reason}
          aria-describedby={hintId}
          onChange={(event) => setReason(event.target.value)}
        />
        {error !== null && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            Öppna paragrafen för rättelse
          </button>
        </div>
      </form>
    </section>
  );
}
