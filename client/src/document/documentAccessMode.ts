import type { DocumentDetails } from '../api/documentSummary';

/** What the account can do with the text: the status bar says it where "alla ändringar sparade" stands. */
export type AccessMode = 'write' | 'suggest' | 'comment' | 'read' | 'locked';

export function documentAccessMode(document: Pick<DocumentDetails, 'access' | 'approvedAt' | 'role'>): AccessMode {
  if (document.role === 'protocol' && document.approvedAt !== null) return 'locked';
  if (document.access.write) return 'write';
  // A draft shared for suggestions only: edits are made, as suggestions.
  if (document.access.suggest) return 'suggest';
  return document.access.comment ? 'comment' : 'read';
}
