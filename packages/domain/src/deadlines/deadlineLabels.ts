import type { DeadlineKind } from './matterDeadlineSchema';

/** How a deadline is named on screen and in calendars. */
export const deadlineLabels: Record<DeadlineKind, string> = {
  replyDeadline: 'Remissvaret ska vara inne',
  justering: 'Protokollet ska vara justerat',
  reservationReasons: 'Skriftliga reservationer ska vara inlämnade',
  notice: 'Justeringen ska vara tillkännagiven på anslagstavlan',
  appealEnds: 'Överklagandetiden går ut',
};
