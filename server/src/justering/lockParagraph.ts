import { createHash } from 'node:crypto';
import type { ParagraphHeader, RenderBlock } from '@yttra/domain';
import { addCalendarDays, nextWorkingDay, stockholmDate } from '@yttra/domain/deadlines';
import { approvalText } from '../export/approvalText';
import type { MatterServices } from '../matters/MatterServices';
import type { Matter } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import type { JusteringPlan } from './JusteringStore';

/** How long the notice stays up: the appeal period of three weeks (kommunallagen 13 kap. 5 §). */
const APPEAL_DAYS = 21;

/**
 * The last signature is in: the paragraph is locked with its approved text and checksum, the matter is closed,
 * live connections lose write access, and the notice of justering goes up on the anslagstavla the same day.
 */
export async function lockParagraph(
  services: MatterServices,
  matter: Matter,
  protocol: DocumentRecord,
  plan: JusteringPlan,
  blocks: readonly RenderBlock[],
  header: ParagraphHeader,
  /** Where the checksum is checked, printed in the approved text. */
  verifyAt: string,
  approvedAt: number,
): Promise<{ approvedAt: number; checksum: string }> {
  const { store, organisations, justering, revocations, matterEvents, log } = services;
  const text = approvalText(blocks, approvedAt, verifyAt, plan.immediate);
  const checksum = createHash('sha256').update(text, 'utf8').digest('hex');
  await store.markApproved(protocol.id, approvedAt, checksum, text);
  await organisations.setMatterStatus(matter.id, 'approved');
  // Locked for everyone from now on, live connections included.
  await revocations.accessChanged({ documentId: protocol.id });
  log.info({ event: 'approved', documentId: protocol.id, checksum }, 'paragraph justered');
  const postedOn = stockholmDate(approvedAt);
  await justering.postNotice({
    protocolDocumentId: protocol.id,
    postedOn,
    postedAt: approvedAt,
    comesDownOn: nextWorkingDay(addCalendarDays(postedOn, APPEAL_DAYS)),
    keptAt: plan.keptAt,
    immediate: plan.immediate,
    header: {
      board: header.board,
      protocolNumber: header.protocolNumber,
      paragraphNumber: header.paragraphNumber,
      title: header.title,
      caseNumber: header.caseNumber,
      meetingDate: header.meetingDate,
    },
  });
  matterEvents.publish(matter.id, 'approved', { board: true });
  return { approvedAt, checksum };
}
