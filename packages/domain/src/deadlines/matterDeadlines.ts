import { addCalendarDays } from './addCalendarDays';
import type { MatterDeadline } from './matterDeadlineSchema';
import { nextWorkingDay } from './nextWorkingDay';

export interface MatterDates {
  /** The date the remitting body wants the reply by, as it set it. */
  replyDeadline: string | null;
  meetingDate: string | null;
  /** The day the secretary set for justering, when set; written reservation reasons are due by then. */
  plannedJusteringDate: string | null;
  /** The day the paragraph was approved (justerat), once it is. */
  justeredOn: string | null;
  /** The day the notice of justering went up on the anslagstavla, once it did. */
  noticePostedOn: string | null;
  /** Today, YYYY-MM-DD, for deadlines that are done by passing. */
  today: string;
}

const bases = {
  replyDeadline: 'Remissinstansens svarsdatum',
  justering: 'Kommunallagen (2017:725) 5 kap. 69 §: protokollet justeras senast två veckor efter sammanträdet',
  reservationReasons:
    'Kommunallagen (2017:725) 4 kap. 27 §: en skriftlig motivering av en reservation lämnas före den tid som bestämts för justeringen',
  notice:
    'Kommunallagen (2017:725) 8 kap. 12 §: justeringen tillkännages på anslagstavlan senast andra dagen efter justeringen',
  appealEnds:
    'Kommunallagen (2017:725) 13 kap. 5 §: överklagande inom tre veckor från den dag tillkännagivandet sattes upp',
} as const;

/**
 * The matter's deadlines, each moved to the next working day by lagen (1930:173) om beräkning av lagstadgad
 * tid. Deadlines that depend on an event not yet happened (justering, the notice) are projected from the
 * latest lawful date of that event and marked not firm; the remitting body's own date is kept as it set it.
 */
export function matterDeadlines(dates: MatterDates): MatterDeadline[] {
  const deadlines: MatterDeadline[] = [];
  const justered = dates.justeredOn !== null;
  if (dates.replyDeadline) {
    deadlines.push({
      kind: 'replyDeadline',
      due: dates.replyDeadline,
      done: justered,
      basis: bases.replyDeadline,
      firm: true,
    });
  }
  if (!dates.meetingDate) return deadlines;
  const justeringDue = nextWorkingDay(addCalendarDays(dates.meetingDate, 14));
  deadlines.push(
    { kind: 'justering', due: justeringDue, done: justered, basis: bases.justering, firm: true },
    {
      kind: 'reservationReasons',
      due: dates.plannedJusteringDate ?? justeringDue,
      done: justered,
      basis: bases.reservationReasons,
      firm: dates.plannedJusteringDate !== null,
    },
  );
  const justeredOn = dates.justeredOn ?? justeringDue;
  const noticeDue = nextWorkingDay(addCalendarDays(justeredOn, 2));
  deadlines.push({
    kind: 'notice',
    due: noticeDue,
    done: dates.noticePostedOn !== null,
    basis: bases.notice,
    firm: justered,
  });
  const noticeDay = dates.noticePostedOn ?? noticeDue;
  const appealEnds = nextWorkingDay(addCalendarDays(noticeDay, 21));
  deadlines.push({
    kind: 'appealEnds',
    due: appealEnds,
    done: dates.noticePostedOn !== null && dates.today > appealEnds,
    basis: bases.appealEnds,
    firm: dates.noticePostedOn !== null,
  });
  return deadlines;
}
