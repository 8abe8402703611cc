import type { MatterDeadline } from '@yttra/domain';
import { matterDeadlines, stockholmDate } from '@yttra/domain/deadlines';
import type { JusteringStore } from '../justering/JusteringStore';
import type { Matter } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';

/** A matter's deadlines as of `now`, from its dates, the day set for justering, the justering and its notice. */
export async function deadlinesOfMatter(
  justering: Pick<JusteringStore, 'getPlan' | 'getNotice'>,
  matter: Matter,
  protocol: DocumentRecord | undefined,
  now = Date.now(),
): Promise<MatterDeadline[]> {
  const approvedAt = protocol?.approvedAt ?? null;
  const plan = protocol && (await justering.getPlan(protocol.id));
  const notice = protocol && (await justering.getNotice(protocol.id));
  return matterDeadlines({
    replyDeadline: matter.replyDeadline,
    meetingDate: matter.meetingDate,
    plannedJusteringDate: plan?.plannedDate ?? null,
    justeredOn: approvedAt === null ? null : stockholmDate(approvedAt),
    noticePostedOn: notice?.postedOn ?? null,
    today: stockholmDate(now),
  });
}
