import { apiJson } from './http';
import { array, boolean, nullableString, record, string } from './parse';

export interface ImportedStaffReport {
  summary: string[];
  replyTo: string | null;
  replyToSet: boolean;
  attachment: { documentNumber: string; title: string } | null;
  /** What to check: dropped tracked changes and comments, guesses, a replaced summary. */
  warnings: string[];
}

/** Uploads the tjänsteutlåtande (.docx); the server writes it into the paragraph. */
export async function importStaffReport(matterId: string, file: File): Promise<ImportedStaffReport> {
  const form = new FormData();
  form.set('file', file, file.name);
  const body = record(
    await apiJson(`/api/matters/${encodeURIComponent(matterId)}/staff-report`, { method: 'POST', body: form }),
    'import',
  );
  const attachment = body.attachment === null ? null : record(body.attachment, 'handling');
  return {
    summary: array(body.summary, 'sammanfattning').map((text) => string(text, 'stycke')),
    replyTo: nullableString(body.replyTo, 'mottagare'),
    replyToSet: boolean(body.replyToSet, 'mottagare'),
    attachment: attachment && {
      documentNumber: string(attachment.documentNumber, 'handlingsnummer'),
      title: string(attachment.title, 'handlingens rubrik'),
    },
    warnings: array(body.warnings, 'varningar').map((text) => string(text, 'varning')),
  };
}
