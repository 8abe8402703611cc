import { deadlineLabels, type MatterDeadline } from '@yttra/domain';
import { addCalendarDays } from '@yttra/domain/deadlines';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Matter } from '../organisation/OrganisationStore';

export interface MatterWithDeadlines {
  matter: Matter;
  deadlines: MatterDeadline[];
  /** Where the matter opens in Yttra, for the event's link. */
  url: string;
}

const dateArray = (isoDate: string): DateArray => isoDate.split('-').map(Number) as DateArray;

/**
 * An iCalendar (RFC 5545) feed with one all-day event per open deadline. UIDs are stable per matter and
 * kind, so a calendar moves an event when its date changes instead of adding a second one.
 */
export function renderDeadlineCalendar(matters: readonly MatterWithDeadlines[]): string {
  const events: EventAttributes[] = matters.flatMap(({ matter, deadlines, url }) =>
    deadlines
      .filter((deadline) => !deadline.done)
      .map((deadline) => ({
        uid: `${matter.id}-${deadline.kind}@yttra`,
        start: dateArray(deadline.due),
        end: dateArray(addCalendarDays(deadline.due, 1)),
        title: `${deadlineLabels[deadline.kind]}: ${matter.caseNumber} ${matter.title}`,
        description: `${deadline.basis}.${deadline.firm ? '' : ' Preliminärt datum: det beror på när justeringen sker.'}`,
        url,
        transp: 'TRANSPARENT' as const,
        categories: ['Yttra', 'Tidsfrist'],
      })),
  );
  const { error, value } = createEvents(events, { productId: 'yttra/deadlines', calName: 'Yttra – tidsfrister' });
  if (error || value === null) throw error ?? new Error('the calendar could not be written');
  return value;
}
