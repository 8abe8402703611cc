import type Database from 'better-sqlite3';
import type { AccountStore, ApiTokenRecord, StoredSession, User } from './AccountStore';
import { type TokenRow, toToken, toUser, type UserRow } from './accountRows';

/** Accounts in the embedded database, sharing its connection with the document store. */
export class SqliteAccountStore implements AccountStore {
  constructor(private readonly db: Database.Database) {}

  async createUser(user: User, passwordHash: string | null): Promise<void> {
    this.db
      .prepare('INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(user.id, user.email, user.displayName, passwordHash, user.createdAt);
  }

  async findUserByEmail(email: string): Promise<(User & { passwordHash: string | null }) | undefined> {
    const row = this.db.prepare('SELECT * FROM users WHERE email = ?').get(email) as UserRow | undefined;
    return row ? { ...toUser(row), passwordHash: row.password_hash } : undefined;
  }

  async findUser(userId: string): Promise<User | undefined> {
    const row = this.db.prepare('SELECT * FROM users WHERE id = ?').get(userId) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  async findUserByIdentity(issuer: string, subject: string): Promise<User | undefined> {
    const row = this.db
      .prepare(
        'SELECT users.* FROM users JOIN user_identities ON users.id = user_identities.user_id WHERE issuer = ? AND subject = ?',
      )
      .get(issuer, subject) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  async linkIdentity(issuer: string, subject: string, userId: string): Promise<void> {
    this.db
      .prepare('INSERT INTO user_identities (issuer, subject, user_id) VALUES (?, ?, ?)')
      .run(issuer, subject, userId);
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId);
  }

  async createSession(tokenHash: string, session: StoredSession & { createdAt: number }): Promise<void> {
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(tokenHash, session.userId, session.csrfToken, session.createdAt, session.expiresAt);
  }

  async findSession(tokenHash: string): Promise<StoredSession | undefined> {
    const row = this.db
      .prepare('SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = ?')
      .get(tokenHash) as { user_id: string; csrf_token: string; expires_at: number } | undefined;
    return row ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at } : undefined;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }

  async deleteSessionsOf(userId: string): Promise<number> {
    return this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
  }

  async createApiToken(tokenHash: string, record: ApiTokenRecord): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(record.id, record.userId, record.name, tokenHash, record.createdAt, record.lastUsedAt);
  }

  async findApiToken(tokenHash: string): Promise<ApiTokenRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM api_tokens WHERE token_hash = ?').get(tokenHash) as TokenRow | undefined;
    return row ? toToken(row) : undefined;
  }

  async findApiTokenById(id: string): Promise<ApiTokenRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM api_tokens WHERE id = ?').get(id) as TokenRow | undefined;
    return row ? toToken(row) : undefined;
  }

  async touchApiTokens(uses: readonly { id: string; usedAt: number }[]): Promise<void> {
    const touch = this.db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const use of uses) touch.run(use.usedAt, use.id);
    })();
  }

  async listApiTokens(userId: string): Promise<ApiTokenRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at')
      .all(userId) as TokenRow[];
    return rows.map(toToken);
  }

  async deleteApiToken(userId: string, id: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM api_tokens WHERE user_id = ? AND id = ?').run(userId, id).changes > 0;
  }
}
