import type { NewMatter } from '../api/mattersApi';

export interface NewMatterFields {
  organisationId: string;
  caseNumber: string;
  title: string;
  kind: string;
  meetingDate: string;
  replyDeadline: string;
}

export type NewMatterField = keyof Omit<NewMatterFields, 'organisationId'>;

export type NewMatterValidation =
  | { ok: true; input: NewMatter }
  | { ok: false; errors: Partial<Record<NewMatterField, string>> };

export const DEFAULT_MATTER_KIND = 'Yttrande till kommunstyrelsen';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The server's rules (zod in server/src/routes/matterRoutes.ts), told before a round trip. */
export function validateNewMatter(fields: NewMatterFields): NewMatterValidation {
  const errors: Partial<Record<NewMatterField, string>> = {};
  const caseNumber = fields.caseNumber.trim();
  const title = fields.title.trim();
  const kind = fields.kind.trim();
  if (caseNumber === '') errors.caseNumber = 'Skriv ärendets diarienummer, till exempel HL 2019/310.';
  else if (caseNumber.length > 40) errors.caseNumber = 'Diarienumret får vara högst 40 tecken.';
  if (title === '') errors.title = 'Skriv ärendemeningen.';
  else if (title.length > 300) errors.title = 'Ärendemeningen får vara högst 300 tecken.';
  if (kind.length > 120) errors.kind = 'Typen får vara högst 120 tecken.';
  if (fields.meetingDate !== '' && !ISO_DATE.test(fields.meetingDate)) {
    errors.meetingDate = 'Ange sammanträdesdatumet som ÅÅÅÅ-MM-DD.';
  }
  if (fields.replyDeadline !== '' && !ISO_DATE.test(fields.replyDeadline)) {
    errors.replyDeadline = 'Ange svarsdatumet som ÅÅÅÅ-MM-DD.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      organisationId: fields.organisationId,
      caseNumber,
      title,
      kind: kind === '' ? DEFAULT_MATTER_KIND : kind,
      ...(fields.meetingDate === '' ? {} : { meetingDate: fields.meetingDate }),
      ...(fields.replyDeadline === '' ? {} : { replyDeadline: fields.replyDeadline }),
    },
  };
}
