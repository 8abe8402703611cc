import type Database from 'better-sqlite3';
import type { AuthorshipRange } from '../DocumentStore';

/**
 * Records one authorship range, merged into a neighbouring range of the same user, kind and client when it
 * continues it: typing (clocks counting up) and backspacing (deleted clocks counting down) then stay one row, so
 * the table grows with runs of writing, not with keystrokes. Runs inside the caller's transaction.
 */
export function authorshipRecorder(db: Database.Database): (documentId: string, range: AuthorshipRange) => void {
  const extendEnd = db.prepare(
    `UPDATE document_authorship SET clock_end = ?
     WHERE id = (SELECT id FROM document_authorship
                 WHERE document_id = ? AND kind = ? AND client = ? AND clock_end = ? AND user_id = ? LIMIT 1)`,
  );
  const extendStart = db.prepare(
    `UPDATE document_authorship SET clock = ?
     WHERE id = (SELECT id FROM document_authorship
                 WHERE document_id = ? AND kind = ? AND client = ? AND clock = ? AND user_id = ? LIMIT 1)`,
  );
  const insert = db.prepare(
    'INSERT INTO document_authorship (document_id, kind, client, clock, clock_end, user_id) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return (documentId, { kind, client, clock, clockEnd, userId }) => {
    if (clockEnd <= clock) return;
    if (extendEnd.run(clockEnd, documentId, kind, client, clock, userId).changes > 0) return;
    if (extendStart.run(clock, documentId, kind, client, clockEnd, userId).changes > 0) return;
    insert.run(documentId, kind, client, clock, clockEnd, userId);
  };
}
