import type { MatterDeadline } from '@yttra/domain';
import { matterDeadlines, stockholmDate } from '@yttra/domain/deadlines';
import type { Matter } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';

/** A matter's deadlines as of `now`, from its dates and its paragraph's justering. */
export function deadlinesOfMatter(
  matter: Matter,
  protocol: DocumentRecord | undefined,
  now = Date.now(),
): MatterDeadline[] {
  const approvedAt = protocol?.approvedAt ?? null;
  return matterDeadlines({
    replyDeadline: matter.replyDeadline,
    meetingDate: matter.meetingDate,
    plannedJusteringDate: null,
    justeredOn: approvedAt === null ? null : stockholmDate(approvedAt),
    noticePostedOn: null,
    today: stockholmDate(now),
  });
}
