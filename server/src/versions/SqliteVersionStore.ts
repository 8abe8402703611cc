import type Database from 'better-sqlite3';
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
  keyframe: number;
}

const SUMMARY_COLUMNS =
  'id, document_id, name, reason, created_at, created_by, authors_json, up_to_seq, position, state_vector, keyframe';

/** Versions in the shared SQLite database (the history migration of storage/sqlite/migrations.ts). */
export class SqliteVersionStore implements VersionStore {
  constructor(private readonly db: Database.Database) {}

  async addVersion(version: VersionRecord): Promise<void> {
    this.db
      .prepare(`INSERT INTO document_versions (${SUMMARY_COLUMNS}, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
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
        version.keyframe ? 1 : 0,
        toBuffer(version.stored),
      );
  }

  async listVersions(documentId: string): Promise<VersionSummary[]> {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM document_versions WHERE document_id = ? ORDER BY position`)
      .all(documentId) as VersionRow[];
    return rows.map(toSummary);
  }

  async versionChain(documentId: string, versionId: string) {
    const row = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM document_versions WHERE document_id = ? AND id = ?`)
      .get(documentId, versionId) as VersionRow | undefined;
    if (!row) return undefined;
    const chain = this.db
      .prepare(
        `SELECT state FROM document_versions WHERE document_id = ? AND position <= ? AND position >=
           (SELECT MAX(position) FROM document_versions WHERE document_id = ? AND position <= ? AND keyframe = 1)
         ORDER BY position`,
      )
      .all(documentId, row.position, documentId, row.position) as { state: Buffer }[];
    return { version: toSummary(row), chain: chain.map((entry) => new Uint8Array(entry.state)) };
  }

  async latestVersion(documentId: string): Promise<VersionSummary | undefined> {
    const row = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} FROM document_versions WHERE document_id = ?
         ORDER BY position DESC LIMIT 1`,
      )
      .get(documentId) as VersionRow | undefined;
    return row ? toSummary(row) : undefined;
  }

  async authorsSince(documentId: string, seq: number): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT user_id FROM document_contributors WHERE document_id = ? AND last_seq > ? ORDER BY last_seq')
      .all(documentId, seq) as { user_id: string }[];
    return rows.map((row) => row.user_id);
  }

  async lastSeq(documentId: string): Promise<number> {
    const row = this.db
      .prepare('SELECT MAX(seq) AS seq FROM document_updates WHERE document_id = ?')
      .get(documentId) as { seq: number | null };
    return row.seq ?? 0;
  }

  async authorship(documentId: string): Promise<AuthorshipRange[]> {
    const rows = this.db
      .prepare(
        'SELECT kind, client, clock, clock_end, user_id FROM document_authorship WHERE document_id = ? ORDER BY id',
      )
      .all(documentId) as {
      kind: AuthorshipRange['kind'];
      client: number;
      clock: number;
      clock_end: number;
      user_id: string;
    }[];
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
    keyframe: row.keyframe === 1,
  };
}
