import type pg from 'pg';
import type { AppendedUpdate, DocumentRecord, DocumentStore, PendingAppend, StoredUpdate } from './DocumentStore';
import { type DocumentRow, documentRecordOfRow } from './documentRecordOfRow';
import { inTransaction } from './postgres/inTransaction';
import { recordAuthorship } from './postgres/recordAuthorship';
import { toBuffer } from './toBuffer';

const RECORD_COLUMNS =
  'id, title, kind, template_id, created_at, organisation_id, matter_id, role, draft_kind, approved_at, approved_checksum, withdrawn_at';

/**
 * Documents and their update logs in PostgreSQL, shared by every instance. Sequence numbers are per document:
 * an append raises `documents.last_update_seq` in its own transaction, which row-locks the document until
 * commit. So appends to one document serialise across processes, seq order is commit order, and a reader
 * that has seen seq n never later finds a newly committed entry below n (with one global sequence a slower
 * transaction could commit a lower number after a higher one was already visible, and catch-up would skip it).
 */
export class PostgresDocumentStore implements DocumentStore {
  constructor(private readonly pool: pg.Pool) {}

  async createDocument(record: DocumentRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO documents (id, title, kind, template_id, created_at, organisation_id, matter_id, role, draft_kind,
         approved_at, approved_checksum) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        record.id,
        record.title,
        record.kind,
        record.templateId,
        record.createdAt,
        record.organisationId,
        record.matterId,
        record.role,
        record.draftKind,
        record.approvedAt,
        record.approvedChecksum,
      ],
    );
  }

  async getDocument(documentId: string): Promise<DocumentRecord | undefined> {
    const { rows } = await this.pool.query<DocumentRow>(`SELECT ${RECORD_COLUMNS} FROM documents WHERE id = $1`, [
      documentId,
    ]);
    return rows[0] ? documentRecordOfRow(rows[0]) : undefined;
  }

  async listDocuments(organisationIds: readonly string[], limit: number): Promise<DocumentRecord[]> {
    if (organisationIds.length === 0) return [];
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${RECORD_COLUMNS} FROM documents WHERE role = 'free' AND organisation_id = ANY($1::text[])
       ORDER BY created_at DESC, id COLLATE "C" LIMIT $2`,
      [organisationIds, limit],
    );
    return rows.map(documentRecordOfRow);
  }

  async listMatterDocuments(matterId: string): Promise<DocumentRecord[]> {
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${RECORD_COLUMNS} FROM documents WHERE matter_id = $1 ORDER BY created_at, id COLLATE "C"`,
      [matterId],
    );
    return rows.map(documentRecordOfRow);
  }

  async markWithdrawn(documentId: string, withdrawnAt: number): Promise<void> {
    await this.pool.query('UPDATE documents SET withdrawn_at = $1 WHERE id = $2', [withdrawnAt, documentId]);
  }

  async findApproved(checksum: string): Promise<DocumentRecord | undefined> {
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${RECORD_COLUMNS} FROM documents WHERE approved_checksum = $1 LIMIT 1`,
      [checksum],
    );
    return rows[0] ? documentRecordOfRow(rows[0]) : undefined;
  }

  async markApproved(documentId: string, approvedAt: number, checksum: string, text: string): Promise<void> {
    await this.pool.query(
      'UPDATE documents SET approved_at = $1, approved_checksum = $2, approved_text = $3 WHERE id = $4',
      [approvedAt, checksum, text, documentId],
    );
  }

  async approvedText(documentId: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ approved_text: string | null }>(
      'SELECT approved_text FROM documents WHERE id = $1',
      [documentId],
    );
    return rows[0]?.approved_text ?? undefined;
  }

  async loadUpdates(documentId: string): Promise<StoredUpdate[]> {
    return this.loadUpdatesAfter(documentId, -1);
  }

  /** The log entries with seq > afterSeq, in append order. */
  async loadUpdatesAfter(documentId: string, afterSeq: number): Promise<StoredUpdate[]> {
    const { rows } = await this.pool.query<{ seq: number; data: Buffer }>(
      'SELECT seq, data FROM document_updates WHERE document_id = $1 AND seq > $2 ORDER BY seq',
      [documentId, afterSeq],
    );
    return rows.map((row) => ({ seq: row.seq, update: new Uint8Array(row.data) }));
  }

  /**
   * Appends with each entry's author, its authorship ranges and the author's latest seq (document_contributors)
   * in the same transaction, as SQLite does: a version can never name fewer writers than the log holds.
   */
  async appendUpdates(entries: readonly PendingAppend[]): Promise<AppendedUpdate[]> {
    if (entries.length === 0) return [];
    const byDocument = new Map<string, PendingAppend[]>();
    for (const entry of entries) {
      const list = byDocument.get(entry.documentId) ?? [];
      list.push(entry);
      byDocument.set(entry.documentId, list);
    }
    const documents = [...byDocument.entries()];
    const seqs = new Map<string, number[]>();
    const authored = entries.some((entry) => (entry.authorId ?? null) !== null);
    // One document without authors (the server's own writes): one statement, which PostgreSQL runs as its own
    // transaction. With authors the contributors and ranges must commit with the entries.
    if (documents.length === 1 && !authored) {
      const [documentId, list] = documents[0] as [string, PendingAppend[]];
      seqs.set(documentId, await appendToDocument(this.pool, documentId, list));
    } else {
      await inTransaction(this.pool, async (client) => {
        // Counters are locked in one fixed order, so two instances appending to the same documents never deadlock.
        documents.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        for (const [documentId, list] of documents) {
          const documentSeqs = await appendToDocument(client, documentId, list);
          seqs.set(documentId, [...documentSeqs]);
          await recordContributors(client, documentId, list, documentSeqs);
          for (const entry of list) {
            if ((entry.authorId ?? null) === null) continue;
            for (const range of entry.authorship ?? []) await recordAuthorship(client, documentId, range);
          }
        }
      });
    }
    // Seqs are consecutive per document (one counter each), so an entry's predecessor is the seq before it.
    return entries.map((entry) => {
      const seq = (seqs.get(entry.documentId) as number[]).shift() as number;
      return { seq, previousSeq: seq - 1 };
    });
  }

  async replaceUpdates(documentId: string, upToSeq: number, merged: Uint8Array): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // The counter row's lock orders this after in-flight appends and any other instance's compaction.
      await client.query('SELECT last_update_seq FROM documents WHERE id = $1 FOR UPDATE', [documentId]);
      const { rowCount } = await client.query('SELECT 1 FROM document_updates WHERE document_id = $1 AND seq = $2', [
        documentId,
        upToSeq,
      ]);
      // Another instance already merged past upToSeq: its snapshot holds everything this one would.
      if (rowCount === 0) return;
      await client.query('DELETE FROM document_updates WHERE document_id = $1 AND seq <= $2', [documentId, upToSeq]);
      // Keeping the highest replaced seq orders the snapshot before everything appended after it.
      await client.query('INSERT INTO document_updates (document_id, seq, data) VALUES ($1, $2, $3)', [
        documentId,
        upToSeq,
        toBuffer(merged),
      ]);
    });
  }

  /** The pool belongs to the storage that opened it (openPostgresStorage), which ends it. */
  async close(): Promise<void> {}
}

/**
 * Takes the next `entries.length` numbers of the document's counter (row-locking it until commit) and inserts
 * the entries under them, in order, in one statement; returns the seq each entry got. Throws, having written
 * nothing, for an unknown document.
 */
async function appendToDocument(
  target: pg.Pool | pg.PoolClient,
  documentId: string,
  entries: readonly PendingAppend[],
): Promise<number[]> {
  const { rows } = await target.query<{ seq: string | number }>(
    `WITH head AS (
       UPDATE documents SET last_update_seq = last_update_seq + $2 WHERE id = $1 RETURNING last_update_seq
     )
     INSERT INTO document_updates (document_id, seq, data, author_id)
     SELECT $1, head.last_update_seq - $2 + entry.position, entry.data, entry.author_id
     FROM head, unnest($3::bytea[], $4::text[]) WITH ORDINALITY AS entry(data, author_id, position)
     RETURNING seq`,
    [
      documentId,
      entries.length,
      entries.map((entry) => toBuffer(entry.update)),
      entries.map((entry) => entry.authorId ?? null),
    ],
  );
  if (rows.length !== entries.length) throw new Error(`cannot append to unknown document ${documentId}`);
  // Entry i got the i-th number taken, so the seqs in ascending order are the entries' in order.
  return rows.map((row) => Number(row.seq)).sort((a, b) => a - b);
}

/** Raises each author's latest seq of the document to the highest this batch gave them. */
async function recordContributors(
  client: pg.PoolClient,
  documentId: string,
  entries: readonly PendingAppend[],
  seqs: readonly number[],
): Promise<void> {
  const latest = new Map<string, number>();
  entries.forEach((entry, index) => {
    const authorId = entry.authorId ?? null;
    if (authorId !== null) latest.set(authorId, Math.max(latest.get(authorId) ?? 0, seqs[index] as number));
  });
  if (latest.size === 0) return;
  await client.query(
    `INSERT INTO document_contributors (document_id, user_id, last_seq)
     SELECT $1, author.user_id, author.last_seq FROM unnest($2::text[], $3::bigint[]) AS author(user_id, last_seq)
     ON CONFLICT (document_id, user_id) DO UPDATE SET last_seq = excluded.last_seq`,
    [documentId, [...latest.keys()], [...latest.values()]],
  );
}
