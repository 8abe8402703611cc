import type Database from 'better-sqlite3';
import type { AppendedUpdate, DocumentRecord, DocumentStore, PendingAppend, StoredUpdate } from './DocumentStore';
import { type DocumentRow, documentRecordOfRow } from './documentRecordOfRow';
import { authorshipRecorder } from './sqlite/authorshipRecorder';
import { openDatabase } from './sqlite/openDatabase';
import { type WalFlushers, WalSync } from './sqlite/WalSync';
import { toBuffer } from './toBuffer';

const DOCUMENT_COLUMNS =
  'id, title, kind, template_id, created_at, organisation_id, matter_id, role, draft_kind, approved_at, approved_checksum';
/** What is read back: the written columns and what later changes set (a withdrawal). */
const RECORD_COLUMNS = `${DOCUMENT_COLUMNS}, withdrawn_at`;

/**
 * The embedded default: one SQLite file in WAL mode. Update batches are flushed by WalSync (group commit, off the
 * event loop when the disk is slow) and reported durable once flushed; every other commit is fsynced as it is made
 * (synchronous = FULL).
 */
export class SqliteDocumentStore implements DocumentStore {
  /** Undefined for a database without a write-ahead log (in memory): its commits are as durable as they get. */
  private readonly walSync: WalSync | undefined;
  private readonly relaxSync: Database.Statement;
  private readonly restoreFullSync: Database.Statement;
  private readonly db: Database.Database;
  private readonly insertUpdate: Database.Statement<[string, Buffer, string | null]>;
  private readonly appendBatch: Database.Transaction<(entries: readonly PendingAppend[]) => AppendedUpdate[]>;
  private readonly replaceLog: (documentId: string, upToSeq: number, merged: Uint8Array) => void;

  private readonly ownsDatabase: boolean;
  /** Prepared once: every connect reads a document row, every load its log. */
  private readonly selectDocument: Database.Statement<[string]>;
  private readonly selectUpdates: Database.Statement<[string]>;
  private readonly selectUpdatesAfter: Database.Statement<[string, number]>;

  /**
   * Opens (and migrates) the database file, or works on an already opened shared database. `wal` decides how the
   * write-ahead log is flushed after an update batch (fdatasync, on the loop while the disk is fast: WalSync).
   */
  constructor(database: string | Database.Database, wal: { flushers?: WalFlushers; onLoopBelowMs?: number } = {}) {
    this.ownsDatabase = typeof database === 'string';
    this.db = typeof database === 'string' ? openDatabase(database) : database;
    const journal = this.db.pragma('journal_mode', { simple: true });
    this.walSync =
      !this.db.memory && journal === 'wal'
        ? new WalSync(`${this.db.name}-wal`, wal.flushers, wal.onLoopBelowMs)
        : undefined;
    this.relaxSync = this.db.prepare('PRAGMA synchronous = NORMAL');
    this.restoreFullSync = this.db.prepare('PRAGMA synchronous = FULL');
    this.insertUpdate = this.db.prepare('INSERT INTO document_updates (document_id, data, author_id) VALUES (?, ?, ?)');
    const recordAuthorship = authorshipRecorder(this.db);
    const noteContributor = this.db.prepare(
      `INSERT INTO document_contributors (document_id, user_id, last_seq) VALUES (?, ?, ?)
       ON CONFLICT (document_id, user_id) DO UPDATE SET last_seq = excluded.last_seq`,
    );
    this.selectDocument = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM documents WHERE id = ?`);
    this.selectUpdates = this.db.prepare('SELECT seq, data FROM document_updates WHERE document_id = ? ORDER BY seq');
    this.selectUpdatesAfter = this.db.prepare(
      'SELECT seq, data FROM document_updates WHERE document_id = ? AND seq > ? ORDER BY seq',
    );
    const selectLastSeq = this.db.prepare('SELECT max(seq) AS seq FROM document_updates WHERE document_id = ?');
    this.appendBatch = this.db.transaction((entries: readonly PendingAppend[]) =>
      entries.map((entry) => {
        // Read inside the write transaction: no other writer can append between this read and the insert.
        const previousSeq = (selectLastSeq.get(entry.documentId) as { seq: number | null }).seq ?? 0;
        const authorId = entry.authorId ?? null;
        const seq = Number(this.insertUpdate.run(entry.documentId, toBuffer(entry.update), authorId).lastInsertRowid);
        if (authorId !== null) {
          noteContributor.run(entry.documentId, authorId, seq);
          for (const range of entry.authorship ?? []) recordAuthorship(entry.documentId, range);
        }
        return { seq, previousSeq };
      }),
    );
    const deleteUpTo = this.db.prepare('DELETE FROM document_updates WHERE document_id = ? AND seq <= ?');
    const insertAt = this.db.prepare('INSERT INTO document_updates (seq, document_id, data) VALUES (?, ?, ?)');
    this.replaceLog = this.db.transaction((documentId: string, upToSeq: number, merged: Uint8Array) => {
      deleteUpTo.run(documentId, upToSeq);
      // Reusing the highest replaced seq keeps the snapshot ordered before anything appended meanwhile.
      insertAt.run(upToSeq, documentId, toBuffer(merged));
    });
  }

  async createDocument(record: DocumentRecord): Promise<void> {
    this.db
      .prepare(`INSERT INTO documents (${DOCUMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
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
      );
  }

  async getDocument(documentId: string): Promise<DocumentRecord | undefined> {
    const row = this.selectDocument.get(documentId) as DocumentRow | undefined;
    return row ? documentRecordOfRow(row) : undefined;
  }

  async listDocuments(organisationIds: readonly string[], limit: number): Promise<DocumentRecord[]> {
    if (organisationIds.length === 0) return [];
    const placeholders = organisationIds.map(() => '?').join(', ');
    const rows = this.db
      .prepare(
        `SELECT ${RECORD_COLUMNS} FROM documents WHERE role = 'free' AND organisation_id IN (${placeholders})
         ORDER BY created_at DESC, id LIMIT ?`,
      )
      .all(...organisationIds, limit) as DocumentRow[];
    return rows.map(documentRecordOfRow);
  }

  async listMatterDocuments(matterId: string): Promise<DocumentRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${RECORD_COLUMNS} FROM documents WHERE matter_id = ? ORDER BY created_at, id`)
      .all(matterId) as DocumentRow[];
    return rows.map(documentRecordOfRow);
  }

  async markWithdrawn(documentId: string, withdrawnAt: number): Promise<void> {
    this.db.prepare('UPDATE documents SET withdrawn_at = ? WHERE id = ?').run(withdrawnAt, documentId);
  }

  async findApproved(checksum: string): Promise<DocumentRecord | undefined> {
    const row = this.db.prepare(`SELECT ${RECORD_COLUMNS} FROM documents WHERE approved_checksum = ?`).get(checksum) as
      | DocumentRow
      | undefined;
    return row ? documentRecordOfRow(row) : undefined;
  }

  async markApproved(documentId: string, approvedAt: number, checksum: string, text: string): Promise<void> {
    this.db
      .prepare('UPDATE documents SET approved_at = ?, approved_checksum = ?, approved_text = ? WHERE id = ?')
      .run(approvedAt, checksum, text, documentId);
  }

  async approvedText(documentId: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT approved_text FROM documents WHERE id = ?').get(documentId) as
      | { approved_text: string | null }
      | undefined;
    return row?.approved_text ?? undefined;
  }

  async loadUpdates(documentId: string): Promise<StoredUpdate[]> {
    const rows = this.selectUpdates.all(documentId) as { seq: number; data: Buffer }[];
    return rows.map((row) => ({ seq: row.seq, update: new Uint8Array(row.data) }));
  }

  /** The log entries with seq > afterSeq, in append order. */
  async loadUpdatesAfter(documentId: string, afterSeq: number): Promise<StoredUpdate[]> {
    const rows = this.selectUpdatesAfter.all(documentId, afterSeq) as { seq: number; data: Buffer }[];
    return rows.map((row) => ({ seq: row.seq, update: new Uint8Array(row.data) }));
  }

  /** Commits before it returns its promise, which resolves once that commit has been flushed. */
  appendUpdates(entries: readonly PendingAppend[]): Promise<AppendedUpdate[]> {
    if (entries.length === 0) return Promise.resolve([]);
    try {
      if (!this.walSync) return Promise.resolve(this.commitBatch(entries));
      this.relaxSync.run();
      let appended: AppendedUpdate[];
      try {
        appended = this.commitBatch(entries);
      } finally {
        this.restoreFullSync.run();
      }
      return this.walSync.durable().then(() => appended);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private commitBatch(entries: readonly PendingAppend[]): AppendedUpdate[] {
    // IMMEDIATE: the batch reads the log's last seq before writing, and a deferred transaction that another
    // process (a second instance on the same file) wrote past in between could not upgrade to a writer.
    return this.appendBatch.immediate(entries);
  }

  async replaceUpdates(documentId: string, upToSeq: number, merged: Uint8Array): Promise<void> {
    this.replaceLog(documentId, upToSeq, merged);
  }

  async close(): Promise<void> {
    await this.walSync?.close();
    if (this.ownsDatabase && this.db.open) this.db.close();
  }
}
