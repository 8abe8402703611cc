import type { DocumentDetails } from '../api/documentSummary';

/** What the account can do with the text: the status bar says it where "alla ändringar sparade" stands. */
export type AccessMode = 'write' | 'comment' | 'read' | 'locked';

export function documentAccessMode(document: Pick<DocumentDetails, 'access' | 'approvedAt' | 'role'>): AccessMode {
  if (document.role === 'protocol' && document.approvedAt !== null) return 'locked';
  if (document.access.write) return 'write';
  return document.access.comment ? 'comment' : 'read';
}
