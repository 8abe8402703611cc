import type { Matter, Organisation } from '../organisation/OrganisationStore';

/** The protocol header a matter's documents start with, so drafts and the paragraph phrase alike. */
export function matterHeader(matter: Matter, organisation: Organisation): Record<string, unknown> {
  return {
    templateId: organisation.templateId,
    board: organisation.name,
    protocolNumber: '',
    meetingDate: matter.meetingDate ?? '',
    paragraphNumber: null,
    title: matter.title,
    matterKind: matter.kind,
    caseNumber: matter.caseNumber,
    replyTo: 'kommunstyrelsen',
  };
}
