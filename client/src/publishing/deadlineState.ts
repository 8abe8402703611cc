import type { MatterDeadline } from '@yttra/domain';

export type DeadlineState = 'done' | 'overdue' | 'projected' | 'open';

/** How a deadline stands today: met, missed, only projected from an earlier one, or running. */
export function deadlineState(deadline: MatterDeadline, today: string): DeadlineState {
  if (deadline.done) return 'done';
  if (deadline.due < today) return 'overdue';
  return deadline.firm ? 'open' : 'projected';
}

export const deadlineStateLabels: Record<DeadlineState, string> = {
  done: 'Klar',
  overdue: 'Passerad',
  projected: 'Preliminär',
  open: 'Pågår',
};

/** The deadline to act on next: the earliest one not done. */
export function nextDeadline(deadlines: readonly MatterDeadline[]): MatterDeadline | undefined {
  return deadlines.filter((deadline) => !deadline.done).sort((a, b) => a.due.localeCompare(b.due))[0];
}
