import type pg from 'pg';
import type { AuthorshipRange } from '../storage/DocumentStore';
import { toBuffer } from '../storage/toBuffer';
import type { VersionReason, VersionRecord, VersionStore, VersionSummary } from './VersionStore';

interface VersionRow {
  id: string;
  document_id: string;
  name: string | null;
  reason: VersionReason;
  created_at: number;
  created_by: string | null;
  authors_json: string;
  up_to_seq: number;
  position: number;
  state_vector: Buffer;
  keyframe: boolean;
}

const SUMMARY_COLUMNS =
  'id, document_id, name, reason, created_at, created_by, authors_json, up_to_seq, position, state_vector, keyframe';

/**
 * Versions in PostgreSQL (the history migration of storage/postgres/migrations.ts), shared by every instance.
 * Two instances saving a version of one document at the same position: the second insert fails on
 * UNIQUE (document_id, position) rather than interleaving a chain.
 */
export class PostgresVersionStore implements VersionStore {
  constructor(private readonly pool: pg.Pool) {}

  async addVersion(version: VersionRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO document_versions (${SUMMARY_COLUMNS}, state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        version.id,
        version.documentId,
        version.name,
        version.reason,
        version.createdAt,
        version.createdBy,
        JSON.stringify(version.authors),
        version.upToSeq,
        version.position,
        toBuffer(version.stateVector),
        version.keyframe,
        toBuffer(version.stored),
      ],
    );
  }

  async listVersions(documentId: string): Promise<VersionSummary[]> {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM document_versions WHERE document_id = $1 ORDER BY position`,
      [documentId],
    );
    return rows.map(toSummary);
  }

  async versionChain(documentId: string, versionId: string) {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM document_versions WHERE document_id = $1 AND id = $2`,
      [documentId, versionId],
    );
    const row = rows[0];
    if (!row) return undefined;
    const chain = await this.pool.query<{ state: Buffer }>(
      `SELECT state FROM document_versions WHERE document_id = $1 AND position <= $2 AND position >=
         (SELECT MAX(position) FROM document_versions WHERE document_id = $1 AND position <= $2 AND keyframe)
       ORDER BY position`,
      [documentId, row.position],
    );
    return { version: toSummary(row), chain: chain.rows.map((entry) => new Uint8Array(entry.state)) };
  }

  async latestVersion(documentId: string): Promise<VersionSummary | undefined> {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM document_versions WHERE document_id = $1 ORDER BY position DESC LIMIT 1`,
      [documentId],
    );
    return rows[0] ? toSummary(rows[0]) : undefined;
  }

  async authorsSince(documentId: string, seq: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ user_id: string }>(
      'SELECT user_id FROM document_contributors WHERE document_id = $1 AND last_seq > $2 ORDER BY last_seq',
      [documentId, seq],
    );
    return rows.map((row) => row.user_id);
  }

  /** The document's counter: every seq the log has handed out, also those compaction has since merged. */
  async lastSeq(documentId: string): Promise<number> {
    const { rows } = await this.pool.query<{ last_update_seq: number }>(
      'SELECT last_update_seq FROM documents WHERE id = $1',
      [documentId],
    );
    return rows[0]?.last_update_seq ?? 0;
  }

  async authorship(documentId: string): Promise<AuthorshipRange[]> {
    const { rows } = await this.pool.query<{
      kind: AuthorshipRange['kind'];
      client: number;
      clock: number;
      clock_end: number;
      user_id: string;
    }>('SELECT kind, client, clock, clock_end, user_id FROM document_authorship WHERE document_id = $1 ORDER BY id', [
      documentId,
    ]);
    return rows.map((row) => ({
      kind: row.kind,
      client: row.client,
      clock: row.clock,
      clockEnd: row.clock_end,
      userId: row.user_id,
    }));
  }
}

function toSummary(row: VersionRow): VersionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    reason: row.reason,
    createdAt: row.created_at,
    createdBy: row.created_by,
    authors: JSON.parse(row.authors_json) as string[],
    upToSeq: row.up_to_seq,
    position: row.position,
    stateVector: new Uint8Array(row.state_vector),
    keyframe: row.keyframe,
  };
}
