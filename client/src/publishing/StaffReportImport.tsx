import { type FormEvent, useId, useRef, useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import { type ImportedStaffReport, importStaffReport } from '../api/staffReportApi';
import './publishing.css';

/**
 * "Importera tjänsteutlåtande": the administration's .docx fills the paragraph's summary, the reply's recipient
 * and a row in Handlingar. What the import left out or guessed is listed, for the secretary to check.
 */
export function StaffReportImport({
  matterId,
  onImported,
}: {
  matterId: string;
  onImported: (message: string) => void;
}) {
  const ids = { heading: useId(), file: useId(), hint: useId() };
  const fileRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportedStaffReport | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError('Välj tjänsteutlåtandet som en .docx-fil.');
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const imported = await importStaffReport(matterId, file);
      setResult(imported);
      onImported(
        `Tjänsteutlåtandet är importerat: ${imported.summary.length} stycken i sammanfattningen${
          imported.attachment ? `, ${imported.attachment.documentNumber} i Handlingar` : ''
        }.`,
      );
    } catch (failure) {
      setError(describeRequestFailure(failure, 'Det gick inte att importera tjänsteutlåtandet.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="matter-section" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Importera tjänsteutlåtande</h2>
      <form className="stacked-form" onSubmit={submit} noValidate aria-busy={busy}>
        <label htmlFor={ids.file}>Tjänsteutlåtande (.docx)</label>
        <p id={ids.hint} className="field-hint">
          Texten under rubriken ”Sammanfattning” blir paragrafens sammanfattning, och utlåtandet läggs till under
          Handlingar. Högst 10 MB.
        </p>
        <input
          ref={fileRef}
          id={ids.file}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={ids.hint}
        />
        {error !== null && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
            {busy ? 'Importerar …' : 'Importera'}
          </button>
        </div>
      </form>
      {result !== null && result.warnings.length > 0 && (
        <div className="problems" role="alert">
          <h3>Kontrollera importen</h3>
          <ul className="import-warnings">
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
