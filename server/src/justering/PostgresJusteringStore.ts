import type pg from 'pg';
import { inTransaction } from '../storage/postgres/inTransaction';
import type { Correction, JusteringPlan, JusteringStore, Notice, Signatory, SignatoryRole } from './JusteringStore';

interface NoticeRow {
  protocol_document_id: string;
  posted_on: string;
  posted_at: number;
  comes_down_on: string;
  kept_at: string;
  immediate: boolean;
  header_json: string;
}

const NOTICE_COLUMNS = 'protocol_document_id, posted_on, posted_at, comes_down_on, kept_at, immediate, header_json';

const noticeOf = (row: NoticeRow): Notice => ({
  protocolDocumentId: row.protocol_document_id,
  postedOn: row.posted_on,
  postedAt: row.posted_at,
  comesDownOn: row.comes_down_on,
  keptAt: row.kept_at,
  immediate: row.immediate,
  header: JSON.parse(row.header_json) as Notice['header'],
});

/** Justering in PostgreSQL, on the same database (and so in the same transactions) as the documents. */
export class PostgresJusteringStore implements JusteringStore {
  constructor(private readonly pool: pg.Pool) {}

  async getPlan(protocolDocumentId: string): Promise<JusteringPlan | undefined> {
    const plan = await this.pool.query<{
      planned_date: string;
      immediate: boolean;
      kept_at: string;
      named_by: string;
      named_at: number;
    }>(
      'SELECT planned_date, immediate, kept_at, named_by, named_at FROM justering_plans WHERE protocol_document_id = $1',
      [protocolDocumentId],
    );
    const row = plan.rows[0];
    if (!row) return undefined;
    const signatories = await this.pool.query<{
      user_id: string;
      role: SignatoryRole;
      approved_at: number | null;
      approved_text_hash: string | null;
    }>(
      `SELECT user_id, role, approved_at, approved_text_hash FROM justering_signatories
       WHERE protocol_document_id = $1 ORDER BY position`,
      [protocolDocumentId],
    );
    return {
      protocolDocumentId,
      plannedDate: row.planned_date,
      immediate: row.immediate,
      keptAt: row.kept_at,
      namedBy: row.named_by,
      namedAt: row.named_at,
      signatories: signatories.rows.map(
        (signatory): Signatory => ({
          userId: signatory.user_id,
          role: signatory.role,
          approvedAt: signatory.approved_at,
          approvedTextHash: signatory.approved_text_hash,
        }),
      ),
    };
  }

  async setPlan(plan: JusteringPlan): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO justering_plans (protocol_document_id, planned_date, immediate, kept_at, named_by, named_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (protocol_document_id) DO UPDATE SET planned_date = excluded.planned_date,
           immediate = excluded.immediate, kept_at = excluded.kept_at, named_by = excluded.named_by,
           named_at = excluded.named_at`,
        [plan.protocolDocumentId, plan.plannedDate, plan.immediate, plan.keptAt, plan.namedBy, plan.namedAt],
      );
      await client.query('DELETE FROM justering_signatories WHERE protocol_document_id = $1', [
        plan.protocolDocumentId,
      ]);
      for (const [position, signatory] of plan.signatories.entries()) {
        await client.query(
          'INSERT INTO justering_signatories (protocol_document_id, user_id, role, position) VALUES ($1, $2, $3, $4)',
          [plan.protocolDocumentId, signatory.userId, signatory.role, position],
        );
      }
    });
  }

  async recordApproval(protocolDocumentId: string, userId: string, approvedAt: number, textHash: string) {
    await this.pool.query(
      `UPDATE justering_signatories SET approved_at = $1, approved_text_hash = $2
       WHERE protocol_document_id = $3 AND user_id = $4`,
      [approvedAt, textHash, protocolDocumentId, userId],
    );
  }

  async clearApproval(protocolDocumentId: string, userId: string) {
    await this.pool.query(
      `UPDATE justering_signatories SET approved_at = NULL, approved_text_hash = NULL
       WHERE protocol_document_id = $1 AND user_id = $2`,
      [protocolDocumentId, userId],
    );
  }

  async postNotice(notice: Notice): Promise<void> {
    await this.pool.query(`INSERT INTO notices (${NOTICE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      notice.protocolDocumentId,
      notice.postedOn,
      notice.postedAt,
      notice.comesDownOn,
      notice.keptAt,
      notice.immediate,
      JSON.stringify(notice.header),
    ]);
  }

  async getNotice(protocolDocumentId: string): Promise<Notice | undefined> {
    const { rows } = await this.pool.query<NoticeRow>(
      `SELECT ${NOTICE_COLUMNS} FROM notices WHERE protocol_document_id = $1`,
      [protocolDocumentId],
    );
    return rows[0] && noticeOf(rows[0]);
  }

  async listNotices(): Promise<Notice[]> {
    const { rows } = await this.pool.query<NoticeRow>(
      `SELECT ${NOTICE_COLUMNS} FROM notices ORDER BY posted_at DESC, ord DESC`,
    );
    return rows.map(noticeOf);
  }

  async reopen(correction: Correction): Promise<void> {
    const id = correction.protocolDocumentId;
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO justering_corrections (protocol_document_id, corrected_by, corrected_at, reason, previous_checksum)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, correction.correctedBy, correction.correctedAt, correction.reason, correction.previousChecksum],
      );
      await client.query(
        'UPDATE documents SET approved_at = NULL, approved_checksum = NULL, approved_text = NULL WHERE id = $1',
        [id],
      );
      await client.query(
        'UPDATE justering_signatories SET approved_at = NULL, approved_text_hash = NULL WHERE protocol_document_id = $1',
        [id],
      );
      await client.query('DELETE FROM notices WHERE protocol_document_id = $1', [id]);
    });
  }

  async listCorrections(protocolDocumentId: string): Promise<Correction[]> {
    const { rows } = await this.pool.query<{
      corrected_by: string;
      corrected_at: number;
      reason: string;
      previous_checksum: string | null;
    }>(
      `SELECT corrected_by, corrected_at, reason, previous_checksum FROM justering_corrections
       WHERE protocol_document_id = $1 ORDER BY corrected_at, id`,
      [protocolDocumentId],
    );
    return rows.map((row) => ({
      protocolDocumentId,
      correctedBy: row.corrected_by,
      correctedAt: row.corrected_at,
      reason: row.reason,
      previousChecksum: row.previous_checksum,
    }));
  }
}
