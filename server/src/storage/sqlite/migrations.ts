/**
 * The schema, one entry per version (SQLite's user_version counts how many have run). Append only: an
 * applied migration is never edited, so every database reaches the same schema by the same steps.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE document_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     document_id TEXT NOT NULL REFERENCES documents(id),
     data BLOB NOT NULL
   );
   CREATE INDEX document_updates_by_document ON document_updates(document_id, seq);`,
  `ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT 'text';`,
  `ALTER TABLE documents ADD COLUMN template_id TEXT;`,
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     display_name TEXT NOT NULL,
     password_hash TEXT,
     created_at INTEGER NOT NULL
   );
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
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_by_user ON sessions(user_id);
   CREATE TABLE api_tokens (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     name TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL,
     last_used_at INTEGER
   );`,
  `CREATE TABLE organisations (
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
     PRIMARY KEY (organisation_id, user_id)
   );
   CREATE TABLE matters (
     id TEXT PRIMARY KEY,
     organisation_id TEXT NOT NULL REFERENCES organisations(id),
     case_number TEXT NOT NULL,
     title TEXT NOT NULL,
     kind TEXT NOT NULL,
     meeting_date TEXT,
     reply_deadline TEXT,
     status TEXT NOT NULL CHECK (status IN ('drafting', 'meeting', 'assembling', 'approved')),
     created_at INTEGER NOT NULL,
     UNIQUE (organisation_id, case_number)
   );
   ALTER TABLE documents ADD COLUMN organisation_id TEXT REFERENCES organisations(id);
   ALTER TABLE documents ADD COLUMN matter_id TEXT REFERENCES matters(id);
   ALTER TABLE documents ADD COLUMN role TEXT NOT NULL DEFAULT 'free'
     CHECK (role IN ('free', 'protocol', 'draft'));
   ALTER TABLE documents ADD COLUMN draft_kind TEXT;
   ALTER TABLE documents ADD COLUMN approved_at INTEGER;
   ALTER TABLE documents ADD COLUMN approved_checksum TEXT;
   CREATE INDEX documents_by_matter ON documents(matter_id);
   CREATE TABLE document_groups (
     document_id TEXT NOT NULL REFERENCES documents(id),
     party_group_id TEXT NOT NULL REFERENCES party_groups(id),
     PRIMARY KEY (document_id, party_group_id)
   );
   CREATE TABLE tabled_versions (
     document_id TEXT NOT NULL REFERENCES documents(id),
     version INTEGER NOT NULL,
     tabled_at INTEGER NOT NULL,
     tabled_by TEXT NOT NULL REFERENCES users(id),
     content_json TEXT NOT NULL,
     state BLOB NOT NULL,
     PRIMARY KEY (document_id, version)
   );
   CREATE TABLE assembled_blocks (
     protocol_document_id TEXT NOT NULL REFERENCES documents(id),
     draft_document_id TEXT NOT NULL REFERENCES documents(id),
     draft_version INTEGER NOT NULL,
     assembled_at INTEGER NOT NULL,
     assembled_by TEXT NOT NULL REFERENCES users(id),
     PRIMARY KEY (protocol_document_id, draft_document_id, draft_version)
   );`,
  `CREATE TABLE comment_threads (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     anchor_start TEXT NOT NULL,
     anchor_end TEXT NOT NULL,
     quote TEXT NOT NULL,
     created_by TEXT NOT NULL REFERENCES users(id),
     created_at INTEGER NOT NULL,
     resolved_at INTEGER,
     resolved_by TEXT REFERENCES users(id)
   );
   CREATE INDEX comment_threads_by_document ON comment_threads(document_id);
   CREATE TABLE comments (
     id TEXT PRIMARY KEY,
     thread_id TEXT NOT NULL REFERENCES comment_threads(id),
     author_id TEXT NOT NULL REFERENCES users(id),
     body TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     edited_at INTEGER,
     deleted_at INTEGER,
     hidden_at INTEGER,
     hidden_by TEXT REFERENCES users(id)
   );
   CREATE INDEX comments_by_thread ON comments(thread_id, created_at);`,
  `ALTER TABLE comments ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';`,
  // The approved paragraph's text export, byte for byte what its checksum covers and what is downloaded.
  `ALTER TABLE documents ADD COLUMN approved_text TEXT;`,
  `CREATE TABLE calendar_feeds (
     user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
     token_hash TEXT NOT NULL UNIQUE,
     created_at INTEGER NOT NULL
   );`,
  // Justering by named signatories, the public notice of it, and the recorded corrections that reopen it.
  `CREATE TABLE justering_plans (
     protocol_document_id TEXT PRIMARY KEY REFERENCES documents(id),
     planned_date TEXT NOT NULL,
     immediate INTEGER NOT NULL,
     kept_at TEXT NOT NULL,
     named_by TEXT NOT NULL REFERENCES users(id),
     named_at INTEGER NOT NULL
   );
   CREATE TABLE justering_signatories (
     protocol_document_id TEXT NOT NULL REFERENCES documents(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     role TEXT NOT NULL CHECK (role IN ('chair', 'justerare')),
     position INTEGER NOT NULL,
     approved_at INTEGER,
     approved_text_hash TEXT,
     PRIMARY KEY (protocol_document_id, user_id)
   );
   CREATE TABLE notices (
     protocol_document_id TEXT PRIMARY KEY REFERENCES documents(id),
     posted_on TEXT NOT NULL,
     posted_at INTEGER NOT NULL,
     comes_down_on TEXT NOT NULL,
     kept_at TEXT NOT NULL,
     immediate INTEGER NOT NULL,
     header_json TEXT NOT NULL
   );
   CREATE TABLE justering_corrections (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     protocol_document_id TEXT NOT NULL REFERENCES documents(id),
     corrected_by TEXT NOT NULL REFERENCES users(id),
     corrected_at INTEGER NOT NULL,
     reason TEXT NOT NULL,
     previous_checksum TEXT
   );`,
  // A party's draft withdrawn by its group: gone from the matter, its tabled versions kept.
  `ALTER TABLE documents ADD COLUMN withdrawn_at INTEGER;`,
  // Who wrote what (issue 12). The log's author column is lost when compaction merges entries; the authorship
  // ranges (Yjs ids inserted or deleted by one user, adjacent ranges merged) and the contributors survive it.
  // Versions are encoded states of the (garbage-collected) document at that point: every tenth a whole state (a
  // keyframe), the others only what changed since the version before (Y.diffUpdate against its state vector).
  // User ids carry no foreign key: history must outlive an account's removal.
  `ALTER TABLE document_updates ADD COLUMN author_id TEXT;
   CREATE TABLE document_authorship (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     document_id TEXT NOT NULL REFERENCES documents(id),
     kind TEXT NOT NULL CHECK (kind IN ('insert', 'delete')),
     client INTEGER NOT NULL,
     clock INTEGER NOT NULL,
     clock_end INTEGER NOT NULL,
     user_id TEXT NOT NULL
   );
   CREATE INDEX document_authorship_by_end ON document_authorship(document_id, kind, client, clock_end);
   CREATE INDEX document_authorship_by_start ON document_authorship(document_id, kind, client, clock);
   CREATE TABLE document_contributors (
     document_id TEXT NOT NULL REFERENCES documents(id),
     user_id TEXT NOT NULL,
     last_seq INTEGER NOT NULL,
     PRIMARY KEY (document_id, user_id)
   );
   CREATE TABLE document_versions (
     id TEXT PRIMARY KEY,
     document_id TEXT NOT NULL REFERENCES documents(id),
     name TEXT,
     reason TEXT NOT NULL CHECK (reason IN ('auto', 'named', 'tabled', 'inserted', 'outcome', 'approved', 'restored')),
     created_at INTEGER NOT NULL,
     created_by TEXT,
     authors_json TEXT NOT NULL,
     up_to_seq INTEGER NOT NULL,
     position INTEGER NOT NULL,
     state_vector BLOB NOT NULL,
     keyframe INTEGER NOT NULL,
     state BLOB NOT NULL,
     UNIQUE (document_id, position)
   );`,
  // A draft can be shared with a group for suggestions only: it reads, comments and suggests, never writes.
  `ALTER TABLE document_groups ADD COLUMN access TEXT NOT NULL DEFAULT 'write' CHECK (access IN ('write', 'suggest'));`,
];
