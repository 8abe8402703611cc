import { addCalendarDays } from './addCalendarDays';
import { isSwedishNonWorkingDay } from './isSwedishNonWorkingDay';

/** `isoDate` itself when it is a working day, else the first working day after it (lag 1930:173, 2 §). */
export function nextWorkingDay(isoDate: string): string {
  let day = isoDate;
  while (isSwedishNonWorkingDay(day)) day = addCalendarDays(day, 1);
  return day;
}
