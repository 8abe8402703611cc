import type pg from 'pg';
import type { AuthorshipRange } from '../DocumentStore';

/**
 * Records one authorship range as the SQLite recorder does (storage/sqlite/authorshipRecorder.ts): merged into a
 * range of the same document, user, kind and client that it continues at its end, else at its start, else a new
 * row; so typing and backspacing stay one row each. One statement (the later steps run only when the earlier
 * changed nothing), inside the caller's transaction, which holds the document's row lock: two instances never
 * merge into the same range at once.
 */
export async function recordAuthorship(
  client: pg.PoolClient,
  documentId: string,
  { kind, client: yjsClient, clock, clockEnd, userId }: AuthorshipRange,
): Promise<void> {
  if (clockEnd <= clock) return;
  await client.query(
    `WITH extended_end AS (
       UPDATE document_authorship SET clock_end = $5
       WHERE id = (SELECT id FROM document_authorship
                   WHERE document_id = $1 AND kind = $2 AND client = $3 AND clock_end = $4 AND user_id = $6 LIMIT 1)
       RETURNING id
     ), extended_start AS (
       UPDATE document_authorship SET clock = $4
       WHERE id = (SELECT id FROM document_authorship
                   WHERE document_id = $1 AND kind = $2 AND client = $3 AND clock = $5 AND user_id = $6 LIMIT 1)
         AND NOT EXISTS (SELECT 1 FROM extended_end)
       RETURNING id
     )
     INSERT INTO document_authorship (document_id, kind, client, clock, clock_end, user_id)
     SELECT $1, $2, $3, $4, $5, $6
     WHERE NOT EXISTS (SELECT 1 FROM extended_end) AND NOT EXISTS (SELECT 1 FROM extended_start)`,
    [documentId, kind, yjsClient, clock, clockEnd, userId],
  );
}
