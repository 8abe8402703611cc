import { useState } from 'react';
import { describeRequestFailure } from '../api/ApiError';
import type { MatterDetails, TabledEntry } from '../api/matter';
import { assembleDraft } from '../api/mattersApi';
import { draftKindLabel, joinNames } from './matterLabels';
import { OutcomeForm } from './OutcomeForm';
import { isAssembled, tabledKey } from './tabledKey';

interface AssemblySectionProps {
  details: MatterDetails;
  approved: boolean;
  onChanged: (message: string) => void;
}

function AssembleItem({ entry, details, onChanged }: { entry: TabledEntry } & Omit<AssemblySectionProps, 'approved'>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inserted = isAssembled(entry, details.assembled);
  const insert = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await assembleDraft(details.matter.id, entry.documentId, entry.version);
      onChanged(`”${entry.title}” (version ${entry.version}) är infogat i paragrafen.`);
    } catch (failure) {
      setError(describeRequestFailure(failure, 'Det gick inte att infoga versionen. Försök igen.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="assemble-item">
      <p className="assemble-item__what">
        <strong>{entry.title}</strong>
        <span className="draft__facts">
          <span>{draftKindLabel(entry.draftKind)}</span>
          {entry.groups.length > 0 && <span>{joinNames(entry.groups)}</span>}
          <span>Version {entry.version}</span>
        </span>
      </p>
      {inserted ? (
        <span className="tag tag--done">Infogad i paragrafen</span>
      ) : (
        <button type="button" className="button button--small" aria-disabled={busy || undefined} onClick={insert}>
          Infoga i paragrafen
          <span className="visually-hidden">
            : {entry.title}, version {entry.version}
          </span>
        </button>
      )}
      {error !== null && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </li>
  );
}

/** "Sammanställ paragrafen", for the board's secretary: insert tabled versions, record the outcome (justering has its own section). */
export function AssemblySection({ details, approved, onChanged }: AssemblySectionProps) {
  return (
    <section className="matter-section" aria-labelledby="assembly-heading">
      <h2 id="assembly-heading">Sammanställ paragrafen</h2>
      {approved ? (
        <p>Paragrafen är justerad och låst. Inget mer kan infogas eller ändras.</p>
      ) : (
        <>
          <section className="matter-subsection" aria-labelledby="assemble-heading">
            <h3 id="assemble-heading">Infoga inlämnade versioner</h3>
            {details.tabled.length === 0 ? (
              <p>Inget har lämnats in än.</p>
            ) : (
              <ul className="assemble-list">
                {details.tabled.map((entry) => (
                  <AssembleItem
                    key={tabledKey(entry.documentId, entry.version)}
                    entry={entry}
                    details={details}
                    onChanged={onChanged}
                  />
                ))}
              </ul>
            )}
          </section>
          <OutcomeForm details={details} headingLevel={3} onChanged={onChanged} />
        </>
      )}
    </section>
  );
}
