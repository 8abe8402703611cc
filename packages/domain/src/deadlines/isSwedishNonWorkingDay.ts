// Lagen (1930:173) om beräkning av lagstadgad tid, 2 §: a deadline that falls on a Saturday, a Sunday or
// another allmän helgdag (lagen (1989:253) om allmänna helgdagar, as it stands since 2005), midsommarafton,
// julafton or nyårsafton moves to the next weekday. Computed here rather than read from a holiday library: the
// rules fit in a few lines, and the library cost the server some 27 MB of memory at start (issue 14).
const nonWorkingDaysByYear = new Map<number, ReadonlySet<string>>();

const DAY_MS = 86_400_000;

function dateOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Easter Sunday of the Gregorian calendar (the anonymous computus), as UTC midnight. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** The first `weekday` (0 = Sunday) on or after the given date. */
function firstWeekdayFrom(year: number, monthIndex: number, day: number, weekday: number): number {
  const start = Date.UTC(year, monthIndex, day);
  return start + ((weekday - new Date(start).getUTCDay() + 7) % 7) * DAY_MS;
}

function holidaysOf(year: number): ReadonlySet<string> {
  let days = nonWorkingDaysByYear.get(year);
  if (!days) {
    const easter = easterSunday(year);
    const midsommardagen = firstWeekdayFrom(year, 5, 20, 6);
    const fixed = ['01-01', '01-06', '05-01', '06-06', '12-24', '12-25', '12-26', '12-31'];
    days = new Set([
      ...fixed.map((monthDay) => `${String(year).padStart(4, '0')}-${monthDay}`),
      dateOf(easter - 2 * DAY_MS), // långfredagen
      dateOf(easter), // påskdagen
      dateOf(easter + DAY_MS), // annandag påsk
      dateOf(easter + 39 * DAY_MS), // Kristi himmelsfärdsdag
      dateOf(easter + 49 * DAY_MS), // pingstdagen
      dateOf(midsommardagen - DAY_MS), // midsommarafton
      dateOf(midsommardagen),
      dateOf(firstWeekdayFrom(year, 9, 31, 6)), // alla helgons dag
    ]);
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
