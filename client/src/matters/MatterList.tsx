import { Link } from 'wouter';
import type { ListedMatter } from '../api/matter';
import { NextDeadline } from '../publishing/NextDeadline';
import { formatIsoDate, statusLabel } from './matterLabels';
import type { LoadState } from './useLoad';

export function MatterList({ state }: { state: LoadState<ListedMatter[]> }) {
  if (state.kind === 'loading') return <p className="muted">Hämtar ärenden …</p>;
  if (state.kind === 'failed') {
    return (
      <p role="alert" className="form-error">
        {state.message}
      </p>
    );
  }
  if (state.value.length === 0) return <p className="muted">Nämnden har inga ärenden än.</p>;
  return (
    <ul className="matter-list">
      {state.value.map((matter) => (
        <li key={matter.id} className="matter-list__item">
          <p className="matter-list__case">{matter.caseNumber}</p>
          <Link href={`/arenden/${encodeURIComponent(matter.id)}`} className="matter-list__title">
            {matter.title}
          </Link>
          <p className="matter-list__facts">
            <span className={`status-tag status-tag--${matter.status}`}>{statusLabel(matter.status)}</span>
            {matter.meetingDate !== null && (
              <span>
                Sammanträde <time dateTime={matter.meetingDate}>{formatIsoDate(matter.meetingDate)}</time>
              </span>
            )}
            {matter.replyDeadline !== null && (
              <span>
                Svar senast <time dateTime={matter.replyDeadline}>{formatIsoDate(matter.replyDeadline)}</time>
              </span>
            )}
            <NextDeadline deadlines={matter.deadlines} />
          </p>
        </li>
      ))}
    </ul>
  );
}
