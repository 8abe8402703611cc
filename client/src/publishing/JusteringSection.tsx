import { useState } from 'react';
import { approveJustering, fetchJustering, type Justering } from '../api/justeringApi';
import type { MatterDetails } from '../api/matter';
import { ConfirmDialog } from '../matters/ConfirmDialog';
import { formatIsoDate, formatMoment } from '../matters/matterLabels';
import { useLoad } from '../matters/useLoad';
import { CorrectionForm } from './CorrectionForm';
import { SignatoriesForm } from './SignatoriesForm';
import './publishing.css';

// Each new answer about the matter (after any action on the page) is a reason to look at justering again.
const revisions = new WeakMap<MatterDetails, number>();
let lastRevision = 0;
function revisionOf(details: MatterDetails): number {
  let revision = revisions.get(details);
  if (revision === undefined) {
    revision = ++lastRevision;
    revisions.set(details, revision);
  }
  return revision;
}

const ROLE_LABELS = { chair: 'Ordförande', justerare: 'Justerare' } as const;

function SignatoryList({ justering }: { justering: Justering }) {
  // Until they are named, the list of problems says so.
  if (justering.signatories.length === 0) return null;
  return (
    <ul className="signatory-list" aria-label="Justerare">
      {justering.signatories.map((signatory) => (
        <li key={signatory.userId} className="signatory">
          <p className="signatory__what">
            <strong>{signatory.name}</strong>
            <span>{ROLE_LABELS[signatory.role]}</span>
            {signatory.approvedAt !== null ? (
              <span className="tag tag--done">Justerat {formatMoment(signatory.approvedAt)}</span>
            ) : (
              <span className="tag">Har inte justerat</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Justered({ justering }: { justering: Justering }) {
  return (
    <div className="notice notice--success">
      <p>
        <strong>
          Paragrafen är {justering.immediate ? 'omedelbart justerad' : 'justerad'}{' '}
          {justering.justeredAt !== null && formatMoment(justering.justeredAt)}
        </strong>{' '}
        och låst. Inget mer kan lämnas in eller delas i ärendet.
      </p>
      {justering.notice && (
        <p>
          Anslaget på anslagstavlan{' '}
          <time dateTime={justering.notice.postedOn}>{formatIsoDate(justering.notice.postedOn)}</time>, sitter uppe till
          och med <time dateTime={justering.notice.comesDownOn}>{formatIsoDate(justering.notice.comesDownOn)}</time>.{' '}
          <a className="notice-board-link" href="/anslagstavla">
            Visa anslagstavlan
          </a>
        </p>
      )}
    </div>
  );
}

/**
 * "Justering" on the matter page: who justers and who has, what still stands in the way, the signatory's own
 * button, and for the secretary naming the justerare and, once justered, the correction procedure.
 */
export function JusteringSection({
  details,
  onChanged,
}: {
  details: MatterDetails;
  onChanged: (message: string) => void;
}) {
  const matterId = details.matter.id;
  const { state, reload } = useLoad(
    `${matterId}:${revisionOf(details)}`,
    (signal) => fetchJustering(matterId, signal),
    'Det gick inte att hämta justeringen.',
  );
  const [approving, setApproving] = useState(false);
  const changed = (message: string) => {
    reload();
    onChanged(message);
  };
  const isSecretary = details.role === 'administrator';

  return (
    <section className="matter-section" aria-labelledby="justering-heading">
      <h2 id="justering-heading">Justering</h2>
      {state.kind === 'loading' && <p className="muted">Hämtar justeringen …</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      )}
      {state.kind === 'loaded' && (
        <>
          {state.value.justeredAt !== null ? (
            <Justered justering={state.value} />
          ) : (
            state.value.problems.length > 0 && (
              <div className="problems">
                <h3>Paragrafen kan inte justeras än</h3>
                <ul className="problem-list">
                  {state.value.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
                <button type="button" className="button button--small" onClick={reload}>
                  Kontrollera igen
                </button>
              </div>
            )
          )}
          {state.value.plannedDate !== null && (
            <p>
              {state.value.immediate ? 'Omedelbar justering vid sammanträdet' : 'Justeringsdag'}{' '}
              <time dateTime={state.value.plannedDate}>{formatIsoDate(state.value.plannedDate)}</time>
              {state.value.keptAt ? `. Protokollet förvaras: ${state.value.keptAt}.` : '.'}
            </p>
          )}
          <SignatoryList justering={state.value} />
          {state.value.canApprove && (
            <button
              type="button"
              className="button button--primary"
              aria-haspopup="dialog"
              onClick={() => setApproving(true)}
            >
              Justera paragrafen
            </button>
          )}
          {approving && (
            <ConfirmDialog
              title="Justera paragrafen"
              message="Du justerar paragrafen som den står nu. När alla utsedda har justerat låses den och anslås på anslagstavlan."
              confirmLabel="Justera"
              failureMessage="Det gick inte att justera paragrafen. Försök igen."
              onConfirm={async () => {
                // A refusal names what is missing; the list above is read again so it shows exactly that.
                const after = await approveJustering(matterId).catch((failure: unknown) => {
                  reload();
                  throw failure;
                });
                changed(
                  after.justeredAt !== null
                    ? 'Paragrafen är justerad och anslagen på anslagstavlan.'
                    : 'Din justering är registrerad. Paragrafen låses när alla utsedda har justerat.',
                );
              }}
              onClosed={() => setApproving(false)}
            />
          )}
          {isSecretary && state.value.justeredAt === null && (
            <SignatoriesForm
              key={state.value.signatories.map((signatory) => signatory.userId).join(',')}
              matterId={matterId}
              meetingDate={details.matter.meetingDate}
              justering={state.value}
              onSaved={changed}
            />
          )}
          {isSecretary && state.value.justeredAt !== null && (
            <CorrectionForm matterId={matterId} onCorrected={changed} />
          )}
          {state.value.corrections.length > 0 && (
            <section className="matter-subsection" aria-labelledby="corrections-heading">
              <h3 id="corrections-heading">Rättelser</h3>
              <ul className="correction-list">
                {state.value.corrections.map((correction) => (
                  <li key={correction.correctedAt}>
                    {formatMoment(correction.correctedAt)}, {correction.correctedBy}: {correction.reason}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
