import type Database from 'better-sqlite3';
import type { Correction, JusteringPlan, JusteringStore, Notice, Signatory, SignatoryRole } from './JusteringStore';

interface NoticeRow {
  protocol_document_id: string;
  posted_on: string;
  posted_at: number;
  comes_down_on: string;
  kept_at: string;
  immediate: number;
  header_json: string;
}

const noticeOf = (row: NoticeRow): Notice => ({
  protocolDocumentId: row.protocol_document_id,
  postedOn: row.posted_on,
  postedAt: row.posted_at,
  comesDownOn: row.comes_down_on,
  keptAt: row.kept_at,
  immediate: row.immediate === 1,
  header: JSON.parse(row.header_json) as Notice['header'],
});

/** Justering in the embedded database, sharing its connection (and so its transactions) with the other stores. */
export class SqliteJusteringStore implements JusteringStore {
  constructor(private readonly db: Database.Database) {}

  async getPlan(protocolDocumentId: string): Promise<JusteringPlan | undefined> {
    const plan = this.db
      .prepare('SELECT * FROM justering_plans WHERE protocol_document_id = ?')
      .get(protocolDocumentId) as
      | { planned_date: string; immediate: number; kept_at: string; named_by: string; named_at: number }
      | undefined;
    if (!plan) return undefined;
    const signatories = this.db
      .prepare('SELECT * FROM justering_signatories WHERE protocol_document_id = ? ORDER BY position')
      .all(protocolDocumentId) as {
      user_id: string;
      role: SignatoryRole;
      approved_at: number | null;
      approved_text_hash: string | null;
    }[];
    return {
      protocolDocumentId,
      plannedDate: plan.planned_date,
      immediate: plan.immediate === 1,
      keptAt: plan.kept_at,
      namedBy: plan.named_by,
      namedAt: plan.named_at,
      signatories: signatories.map(
        (row): Signatory => ({
          userId: row.user_id,
          role: row.role,
          approvedAt: row.approved_at,
          approvedTextHash: row.approved_text_hash,
        }),
      ),
    };
  }

  async setPlan(plan: JusteringPlan): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO justering_plans (protocol_document_id, planned_date, immediate, kept_at, named_by, named_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (protocol_document_id) DO UPDATE SET planned_date = excluded.planned_date,
             immediate = excluded.immediate, kept_at = excluded.kept_at, named_by = excluded.named_by,
             named_at = excluded.named_at`,
        )
        .run(
          plan.protocolDocumentId,
          plan.plannedDate,
          plan.immediate ? 1 : 0,
          plan.keptAt,
          plan.namedBy,
          plan.namedAt,
        );
      this.db.prepare('DELETE FROM justering_signatories WHERE protocol_document_id = ?').run(plan.protocolDocumentId);
      const insert = this.db.prepare(
        'INSERT INTO justering_signatories (protocol_document_id, user_id, role, position) VALUES (?, ?, ?, ?)',
      );
      plan.signatories.forEach((signatory, position) => {
        insert.run(plan.protocolDocumentId, signatory.userId, signatory.role, position);
      });
    })();
  }

  async recordApproval(protocolDocumentId: string, userId: string, approvedAt: number, textHash: string) {
    this.db
      .prepare(
        `UPDATE justering_signatories SET approved_at = ?, approved_text_hash = ?
         WHERE protocol_document_id = ? AND user_id = ?`,
      )
      .run(approvedAt, textHash, protocolDocumentId, userId);
  }

  async clearApproval(protocolDocumentId: string, userId: string) {
    this.db
      .prepare(
        `UPDATE justering_signatories SET approved_at = NULL, approved_text_hash = NULL
         WHERE protocol_document_id = ? AND user_id = ?`,
      )
      .run(protocolDocumentId, userId);
  }

  async postNotice(notice: Notice): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO notices (protocol_document_id, posted_on, posted_at, comes_down_on, kept_at, immediate, header_json)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        notice.protocolDocumentId,
        notice.postedOn,
        notice.postedAt,
        notice.comesDownOn,
        notice.keptAt,
        notice.immediate ? 1 : 0,
        JSON.stringify(notice.header),
      );
  }

  async getNotice(protocolDocumentId: string): Promise<Notice | undefined> {
    const row = this.db.prepare('SELECT * FROM notices WHERE protocol_document_id = ?').get(protocolDocumentId) as
      | NoticeRow
      | undefined;
    return row && noticeOf(row);
  }

  async listNotices(): Promise<Notice[]> {
    const rows = this.db.prepare('SELECT * FROM notices ORDER BY posted_at DESC').all() as NoticeRow[];
    return rows.map(noticeOf);
  }

  async reopen(correction: Correction): Promise<void> {
    const id = correction.protocolDocumentId;
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO justering_corrections (protocol_document_id, corrected_by, corrected_at, reason, previous_checksum)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(id, correction.correctedBy, correction.correctedAt, correction.reason, correction.previousChecksum);
      this.db
        .prepare('UPDATE documents SET approved_at = NULL, approved_checksum = NULL, approved_text = NULL WHERE id = ?')
        .run(id);
      this.db
        .prepare(
          'UPDATE justering_signatories SET approved_at = NULL, approved_text_hash = NULL WHERE protocol_document_id = ?',
        )
        .run(id);
      this.db.prepare('DELETE FROM notices WHERE protocol_document_id = ?').run(id);
    })();
  }

  async listCorrections(protocolDocumentId: string): Promise<Correction[]> {
    const rows = this.db
      .prepare('SELECT * FROM justering_corrections WHERE protocol_document_id = ? ORDER BY corrected_at')
      .all(protocolDocumentId) as {
      corrected_by: string;
      corrected_at: number;
      reason: string;
      previous_checksum: string | null;
    }[];
    return rows.map((row) => ({
      protocolDocumentId,
      correctedBy: row.corrected_by,
      correctedAt: row.corrected_at,
      reason: row.reason,
      previousChecksum: row.previous_checksum,
    }));
  }
}
