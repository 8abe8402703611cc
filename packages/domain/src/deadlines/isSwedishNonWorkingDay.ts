import Holidays from 'date-holidays';

// Lagen (1930:173) om beräkning av lagstadgad tid, 2 §: a deadline that falls on a Saturday, a Sunday or
// another public holiday, midsommarafton, julafton or nyårsafton moves to the next weekday. date-holidays marks
// the allmänna helgdagar as "public" and exactly those three eves as "bank" for SE.
const countedTypes = new Set(['public', 'bank']);
const sweden = new Holidays('SE');
const nonWorkingDaysByYear = new Map<number, ReadonlySet<string>>();

function holidaysOf(year: number): ReadonlySet<string> {
  let days = nonWorkingDaysByYear.get(year);
  if (!days) {
    days = new Set(
      sweden
        .getHolidays(year)
        .filter((holiday) => countedTypes.has(holiday.type))
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    nonWorkingDaysByYear.set(year, days);
  }
  return days;
}

/** True when an action due on `isoDate` may, by law, be taken on the next working day instead. */
export function isSwedishNonWorkingDay(isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6 || holidaysOf(year).has(isoDate);
}
