import { type ImportedStaffReport, importedStaffReportSchema } from '@yttra/api';
import { apiJson } from './http';
import { parseAnswer } from './parseAnswer';

export type { ImportedStaffReport } from '@yttra/api';

/** Uploads the tjänsteutlåtande (.docx); the server writes it into the paragraph. */
export async function importStaffReport(matterId: string, file: File): Promise<ImportedStaffReport> {
  const form = new FormData();
  form.set('file', file, file.name);
  const answer = await apiJson(`/api/matters/${encodeURIComponent(matterId)}/staff-report`, {
    method: 'POST',
    body: form,
  });
  return parseAnswer(importedStaffReportSchema, answer, 'import');
}
