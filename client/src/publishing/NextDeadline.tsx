import { deadlineLabels, type MatterDeadline } from '@yttra/domain';
import { formatIsoDate } from '../matters/matterLabels';
import { deadlineState, nextDeadline } from './deadlineState';
import { stockholmToday } from './stockholmToday';

/** In the overview of all matters: the deadline each matter must meet next. */
export function NextDeadline({ deadlines }: { deadlines: readonly MatterDeadline[] }) {
  const next = nextDeadline(deadlines);
  if (!next) return null;
  const overdue = deadlineState(next, stockholmToday()) === 'overdue';
  return (
    <span className={overdue ? 'next-deadline next-deadline--overdue' : 'next-deadline'}>
      {overdue ? 'Passerad frist: ' : 'Nästa frist: '}
      {deadlineLabels[next.kind].toLowerCase()} senast <time dateTime={next.due}>{formatIsoDate(next.due)}</time>
      {next.firm ? '' : ' (preliminär)'}
    </span>
  );
}
