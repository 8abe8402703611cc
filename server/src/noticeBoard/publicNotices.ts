import { stockholmDate } from '@yttra/domain/deadlines';
import type { MatterServices } from '../matters/MatterServices';

export interface PublicNotice {
  /** The justered paragraph's document id; its public files are under /anslagstavla/:id/. */
  id: string;
  board: string;
  protocolNumber: string;
  paragraphNumber: number;
  title: string;
  caseNumber: string;
  meetingDate: string;
  justeredOn: string;
  immediate: boolean;
  postedOn: string;
  comesDownOn: string;
  keptAt: string;
  checksum: string;
  files: { html: string; pdf: string; txt: string };
}

/**
 * What the anslagstavla shows today: the notice of each justered paragraph whose appeal period has not run out.
 * Built only from what was recorded when a paragraph was justered, so no draft, comment or unjustered text can
 * reach it, and listing it opens no document.
 */
export async function publicNotices(
  services: Pick<MatterServices, 'store' | 'justering'>,
  now = Date.now(),
): Promise<PublicNotice[]> {
  const today = stockholmDate(now);
  const notices: PublicNotice[] = [];
  for (const notice of await services.justering.listNotices()) {
    if (notice.comesDownOn < today) continue;
    const record = await services.store.getDocument(notice.protocolDocumentId);
    if (record?.role !== 'protocol' || record.approvedAt === null || !record.approvedChecksum) continue;
    const { header } = notice;
    const base = `/anslagstavla/${record.id}/paragraf`;
    notices.push({
      id: record.id,
      board: header.board,
      protocolNumber: header.protocolNumber,
      paragraphNumber: header.paragraphNumber,
      title: header.title,
      caseNumber: header.caseNumber,
      meetingDate: header.meetingDate,
      justeredOn: stockholmDate(record.approvedAt),
      immediate: notice.immediate,
      postedOn: notice.postedOn,
      comesDownOn: notice.comesDownOn,
      keptAt: notice.keptAt,
      checksum: record.approvedChecksum,
      files: { html: `${base}.html`, pdf: `${base}.pdf`, txt: `${base}.txt` },
    });
  }
  return notices;
}
