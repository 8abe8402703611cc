import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './addCalendarDays';
import { isSwedishNonWorkingDay } from './isSwedishNonWorkingDay';
import { nextWorkingDay } from './nextWorkingDay';

describe('isSwedishNonWorkingDay', () => {
  it('counts exactly the days lag (1930:173) names in 2025, besides weekends', () => {
    const nonWorkingWeekdays: string[] = [];
    for (let day = '2025-01-01'; day <= '2025-12-31'; day = addCalendarDays(day, 1)) {
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      if (weekday !== 0 && weekday !== 6 && isSwedishNonWorkingDay(day)) nonWorkingWeekdays.push(day);
    }
    expect(nonWorkingWeekdays).toEqual([
      '2025-01-01', // nyårsdagen
      '2025-01-06', // trettondedag jul
      '2025-04-18', // långfredagen
      '2025-04-21', // annandag påsk
      '2025-05-01', // första maj
      '2025-05-29', // Kristi himmelsfärdsdag
      '2025-06-06', // nationaldagen
      '2025-06-20', // midsommarafton
      '2025-12-24', // julafton
      '2025-12-25', // juldagen
      '2025-12-26', // annandag jul
      '2025-12-31', // nyårsafton
    ]);
  });

  it('does not count eves the law leaves out, nor ordinary weekdays', () => {
    expect(isSwedishNonWorkingDay('2025-04-30')).toBe(false); // valborgsmässoafton
    expect(isSwedishNonWorkingDay('2026-01-05')).toBe(false); // trettondagsafton, a Monday
    expect(isSwedishNonWorkingDay('2025-06-09')).toBe(false); // annandag pingst, no longer a holiday
    expect(isSwedishNonWorkingDay('2025-12-10')).toBe(false);
  });

  it('counts Saturdays and Sundays', () => {
    expect(isSwedishNonWorkingDay('2025-12-13')).toBe(true);
    expect(isSwedishNonWorkingDay('2025-12-14')).toBe(true);
  });
});

describe('nextWorkingDay', () => {
  it('keeps a working day as it is', () => {
    expect(nextWorkingDay('2025-12-11')).toBe('2025-12-11');
  });

  it('moves past Christmas and the weekend after it', () => {
    expect(nextWorkingDay('2025-12-25')).toBe('2025-12-29');
  });

  it('moves past midsommar and the Easter weekend', () => {
    expect(nextWorkingDay('2025-06-20')).toBe('2025-06-23');
    expect(nextWorkingDay('2025-04-18')).toBe('2025-04-22');
  });

  it('moves from nyårsafton past nyårsdagen across the year', () => {
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04');
  });
});

describe('isSwedishNonWorkingDay against date-holidays', () => {
  it('agrees with the holiday library on every day from 2005 to 2200', async () => {
    // The library the computed rules replaced (kept as a dev dependency for this check): its public holidays
    // and its "bank" days (exactly midsommarafton, julafton, nyårsafton for SE) are what the law counts.
    const { default: Holidays } = await import('date-holidays');
    const sweden = new Holidays('SE');
    const disagreements: string[] = [];
    for (let year = 2005; year <= 2200; year++) {
      const counted = new Set(
        sweden
          .getHolidays(year)
          .filter((holiday) => holiday.type === 'public' || holiday.type === 'bank')
          .map((holiday) => holiday.date.slice(0, 10)),
      );
      for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addCalendarDays(day, 1)) {
        const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
        const expected = weekday === 0 || weekday === 6 || counted.has(day);
        if (isSwedishNonWorkingDay(day) !== expected) disagreements.push(day);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
