// Deadlines of a matter under kommunallagen, moved past weekends and holidays by lag (1930:173). A subpath of
// its own (`@yttra/domain/deadlines`) so the holiday calendar stays out of bundles that do not need it.
export { addCalendarDays } from './addCalendarDays';
export { isSwedishNonWorkingDay } from './isSwedishNonWorkingDay';
export { type DeadlineKind, deadlineKinds, type MatterDeadline, matterDeadlineSchema } from './matterDeadlineSchema';
export { type MatterDates, matterDeadlines } from './matterDeadlines';
export { nextWorkingDay } from './nextWorkingDay';
