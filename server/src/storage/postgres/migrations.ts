/**
 * The PostgreSQL schema, one entry per version (schema_migrations records which have run). Append only: an
 * applied migration is never edited. It mirrors the SQLite schema at its newest version, with PostgreSQL's
 * types (bigint milliseconds, bytea, boolean) and two things SQLite gave for free made explicit:
 * - `documents.last_update_seq` is the per-document counter of the update log. An append locks the document's
 *   row while it takes the next numbers, so appends to one document from any number of processes commit in
 *   seq order and a reader can never see seq n+1 before seq n has committed (a global sequence could).
 * - `ord` identity columns keep insertion order as the tie-breaker where SQLite's rowid order did.
 * Text compared or ordered as SQLite does (bytewise) uses COLLATE "C" in the queries.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     display_name TEXT NOT NULL,
     password_hash TEXT,
     created_at BIGINT NOT NULL
   );
   CREATE UNIQUE INDEX users_email_nocase ON users (lower(email));
   CREATE TABLE user_identities (
     issuer TEXT NOT NULL,
     subject TEXT NOT NULL,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     PRIMARY KEY (issuer, subject)
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     csrf_token TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX sessions_by_user ON sessions(user_id);
   CREATE TABLE api_tokens (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at BIGINT NOT NULL,
     last_used_at BIGINT,
     ord BIGINT GENERATED ALWAYS AS IDENTITY
   );
   CREATE INDEX api_tokens_by_user ON api_tokens(user_id);
   CREATE TABLE organisations (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     template_id TEXT NOT NULL
   );
   CREATE TABLE parties (
     organisation_id TEXT NOT NULL REFERENCES organisations(id),
     abbreviation TEXT NOT NULL,
     name TEXT NOT NULL,
     color TEXT NOT NULL,
     PRIMARY KEY (organisation_id, abbreviation)
   );
   CREATE TABLE party_groups (
     id TEXT PRIMARY KEY,
     organisation_id TEXT NOT NULL REFERENCES organisations(id),
     party_abbreviation TEXT NOT NULL,
     name TEXT NOT NULL,
     FOREIGN KEY (organisation_id, party_abbreviation) REFERENCES parties(organisation_id, abbreviation)
   );
   CREATE TABLE memberships (
     organisation_id TEXT NOT NULL REFERENCES organisations(id),
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     role TEXT NOT NULL CHECK (role IN ('administrator', 'chair', 'member', 'reviewer')),
     party_group_id TEXT REFERENCES party_groups(id),
     ord BIGINT GENERATED ALWAYS AS IDENTITY,
     PRIMARY KEY (organisation_id, user_id)
   );
   CREATE INDEX memberships_by_user ON memberships(user_id);
   CREATE TABLE matters (
     id TEXT PRIMARY KEY,
     organisation_id TEXT NOT NULL REFERENCES organisations(id),
     case_number TEXT NOT NULL,
     title TEXT NOT NULL,
     kind TEXT NOT NULL,
     meeting_date TEXT,
     reply_deadline TEXT,
     status TEXT NOT NULL CHECK (status IN ('drafting', 'meeting', 'assembling', 'approved')),
     created_at BIGINT NOT NULL,
     ord BIGINT GENERATED ALWAYS AS IDENTITY,
     UNIQUE (organisation_id, case_number)
   );
   CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     kind TEXT NOT NULL DEFAULT 'text',
     template_id TEXT,
     created_at BIGINT NOT NULL,
     organisation_id TEXT REFERENCES organisations(id),
     matter_id TEXT REFERENCES matters(id),
     role TEXT NOT NULL DEFAULT 'free' CHECK (role IN ('free', 'protocol', 'draft')),
     draft_kind TEXT,
     approved_at BIGINT,
     approved_checksum TEXT,
     approved_text TEXT,
     withdrawn_at BIGINT,
     last_update_seq BIGINT NOT NULL DEFAULT 0
   );
   CREATE INDEX documents_by_matter ON documents(matter_id);
   CREATE INDEX documents_by_organisation ON documents(organisation_id, created_at);
   CREATE INDEX documents_by_checksum ON documents(approved_checksum);
   CREATE TABLE document_updates (
     document_id TEXT NOT NULL REFERENCES documents(id),
     seq BIGINT NOT NULL,
     data BYTEA NOT NULL,
     PRIMARY KEY (document_id, seq)
   );
   CREATE TABLE document_groups (
     document_id TEXT NOT NULL REFERENCES documents(id),
     party_group_id TEXT NOT NULL REFERENCES party_groups(id),
     PRIMARY KEY (document_id, party_group_id)
   );
   CREATE TABLE tabled_versions (
     document_id TEXT NOT NULL REFERENCES documents(id),
     version INTEGER NOT NULL,
     tabled_at BIGINT NOT NULL,
     tabled_by TEXT NOT NULL REFERENCES users(id),
     content_json TEXT NOT NULL,
     state BYTEA NOT NULL,
     PRIMARY KEY (document_id, version)
   );
   CREATE TABLE assembled_blocks (
     protocol_document_id TEXT NOT NULL REFERENCES documents(id),
     draft_document_id TEXT NOT NULL REFERENCES documents(id),
     draft_version INTEGER NOT NULL,
     assembled_at BIGINT NOT NULL,
     assembled_by TEXT NOT NULL REFERENCES users(id),
     ord BIGINT GENERATED ALWAYS AS IDENTITY,
     PRIMARY KEY (protocol_document_id, draft_document_id, draft_version)
   );
   CREATE TABLE comment_threads (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     anchor_start TEXT NOT NULL,
     anchor_end TEXT NOT NULL,
     quote TEXT NOT NULL,
     created_by TEXT NOT NULL REFERENCES users(id),
     created_at BIGINT NOT NULL,
     resolved_at BIGINT,
     resolved_by TEXT REFERENCES users(id),
     ord BIGINT GENERATED ALWAYS AS IDENTITY
   );
   CREATE INDEX comment_threads_by_document ON comment_threads(document_id);
   CREATE TABLE comments (
     id TEXT PRIMARY KEY,
     thread_id TEXT NOT NULL REFERENCES comment_threads(id),
     author_id TEXT NOT NULL REFERENCES users(id),
     body TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     edited_at BIGINT,
     deleted_at BIGINT,
     hidden_at BIGINT,
     hidden_by TEXT REFERENCES users(id),
     mentions TEXT NOT NULL DEFAULT '[]',
     ord BIGINT GENERATED ALWAYS AS IDENTITY
   );
   CREATE INDEX comments_by_thread ON comments(thread_id, created_at);
   CREATE TABLE calendar_feeds (
     user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
     token_hash TEXT NOT NULL UNIQUE,
     created_at BIGINT NOT NULL
   );
   CREATE TABLE justering_plans (
     protocol_document_id TEXT PRIMARY KEY REFERENCES documents(id),
     planned_date TEXT NOT NULL,
     immediate BOOLEAN NOT NULL,
     kept_at TEXT NOT NULL,
     named_by TEXT NOT NULL REFERENCES users(id),
     named_at BIGINT NOT NULL
   );
   CREATE TABLE justering_signatories (
     protocol_document_id TEXT NOT NULL REFERENCES documents(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     role TEXT NOT NULL CHECK (role IN ('chair', 'justerare')),
     position INTEGER NOT NULL,
     approved_at BIGINT,
     approved_text_hash TEXT,
     PRIMARY KEY (protocol_document_id, user_id)
   );
   CREATE TABLE notices (
     protocol_document_id TEXT PRIMARY KEY REFERENCES documents(id),
     posted_on TEXT NOT NULL,
     posted_at BIGINT NOT NULL,
     comes_down_on TEXT NOT NULL,
     kept_at TEXT NOT NULL,
     immediate BOOLEAN NOT NULL,
     header_json TEXT NOT NULL,
     ord BIGINT GENERATED ALWAYS AS IDENTITY
   );
   CREATE TABLE justering_corrections (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     protocol_document_id TEXT NOT NULL REFERENCES documents(id),
     corrected_by TEXT NOT NULL REFERENCES users(id),
     corrected_at BIGINT NOT NULL,
     reason TEXT NOT NULL,
     previous_checksum TEXT
   );`,
  // Who wrote what (issue 12), as SQLite's history migration: the log's author column (lost when compaction
  // merges entries), authorship ranges by Yjs id and the contributors (both survive compaction), and versions as
  // encoded states (every tenth a keyframe, the others Y.diffUpdate against the version before). User ids carry
  // no foreign key: history must outlive an account's removal. `id` identity orders authorship as rowid did.
  `ALTER TABLE document_updates ADD COLUMN author_id TEXT;
   CREATE TABLE document_authorship (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     kind TEXT NOT NULL CHECK (kind IN ('insert', 'delete')),
     client BIGINT NOT NULL,
     clock BIGINT NOT NULL,
     clock_end BIGINT NOT NULL,
     user_id TEXT NOT NULL
   );
   CREATE INDEX document_authorship_by_end ON document_authorship(document_id, kind, client, clock_end);
   CREATE INDEX document_authorship_by_start ON document_authorship(document_id, kind, client, clock);
   CREATE TABLE document_contributors (
     document_id TEXT NOT NULL REFERENCES documents(id),
     user_id TEXT NOT NULL,
     last_seq BIGINT NOT NULL,
     PRIMARY KEY (document_id, user_id)
   );
   CREATE TABLE document_versions (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     name TEXT,
     reason TEXT NOT NULL CHECK (reason IN ('auto', 'named', 'tabled', 'inserted', 'outcome', 'approved', 'restored')),
     created_at BIGINT NOT NULL,
     created_by TEXT,
     authors_json TEXT NOT NULL,
     up_to_seq BIGINT NOT NULL,
     position INTEGER NOT NULL,
     state_vector BYTEA NOT NULL,
     keyframe BOOLEAN NOT NULL,
     state BYTEA NOT NULL,
     UNIQUE (document_id, position)
   );`,
  // A draft can be shared with a group for suggestions only: it reads, comments and suggests, never writes.
  `ALTER TABLE document_groups ADD COLUMN access TEXT NOT NULL DEFAULT 'write' CHECK (access IN ('write', 'suggest'));`,
];
