// The computation of a matter's deadlines, with the Swedish holiday calendar. A subpath of its own
// (`@yttra/domain/deadlines`) so the calendar stays out of bundles that only show deadlines; their shape and
// names are in the package's main entry.
export { addCalendarDays } from './addCalendarDays';
export { isSwedishNonWorkingDay } from './isSwedishNonWorkingDay';
export { type MatterDates, matterDeadlines } from './matterDeadlines';
export { nextWorkingDay } from './nextWorkingDay';
export { stockholmDate } from './stockholmDate';
