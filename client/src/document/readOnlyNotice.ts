import type { DocumentDetails } from '../api/documentSummary';

/** Why the text cannot be changed, when it cannot; null when the account may write. */
export function readOnlyNotice(document: Pick<DocumentDetails, 'access' | 'approvedAt' | 'role'>): string | null {
  if (document.access.write) return null;
  if (document.role === 'protocol' && document.approvedAt !== null) return 'Paragrafen är justerad och låst.';
  return 'Du kan läsa men inte ändra det här dokumentet.';
}
