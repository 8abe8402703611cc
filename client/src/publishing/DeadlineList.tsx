import { deadlineLabels, type MatterDeadline } from '@yttra/domain';
import { formatIsoDate } from '../matters/matterLabels';
import { deadlineState, deadlineStateLabels } from './deadlineState';
import { stockholmToday } from './stockholmToday';
import './publishing.css';

/** "Tidsfrister" on the matter page: each deadline the law or the remitting body sets, and how it stands. */
export function DeadlineList({ deadlines }: { deadlines: readonly MatterDeadline[] }) {
  const today = stockholmToday();
  return (
    <section className="matter-section" aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">Tidsfrister</h2>
      {deadlines.length === 0 ? (
        <p>Inga tidsfrister än: ange sammanträdesdatum och svarsdatum för ärendet.</p>
      ) : (
        <ul className="deadline-list">
          {deadlines.map((deadline) => {
            const state = deadlineState(deadline, today);
            return (
              <li key={deadline.kind} className={`deadline deadline--${state}`}>
                <p className="deadline__what">
                  <strong>{deadlineLabels[deadline.kind]}</strong>
                  <span>
                    senast <time dateTime={deadline.due}>{formatIsoDate(deadline.due)}</time>
                  </span>
                  <span className={`tag deadline-tag deadline-tag--${state}`}>{deadlineStateLabels[state]}</span>
                </p>
                <p className="deadline__basis">{deadline.basis}</p>
              </li>
            );
          })}
        </ul>
      )}
      <p className="field-hint">
        Preliminära frister räknas från den senaste dag lagen tillåter och blir fasta när justering och anslag är
        gjorda. En frist som slutar på en lördag, söndag eller helgdag flyttas till nästa vardag (lagen (1930:173)).
      </p>
    </section>
  );
}
