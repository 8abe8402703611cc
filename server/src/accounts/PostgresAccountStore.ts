import type pg from 'pg';
import { inTransaction } from '../storage/postgres/inTransaction';
import type { AccountStore, ApiTokenRecord, StoredSession, User } from './AccountStore';
import { type TokenRow, toToken, toUser, type UserRow } from './accountRows';

const TOKEN_COLUMNS = 'id, user_id, name, created_at, last_used_at';

/** Accounts in PostgreSQL: every instance sees the same users, sessions and tokens at once. */
export class PostgresAccountStore implements AccountStore {
  constructor(private readonly pool: pg.Pool) {}

  async createUser(user: User, passwordHash: string | null): Promise<void> {
    await this.pool.query(
      'INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
      [user.id, user.email, user.displayName, passwordHash, user.createdAt],
    );
  }

  async findUserByEmail(email: string): Promise<(User & { passwordHash: string | null }) | undefined> {
    // Case-insensitive like SQLite's NOCASE column, and served by the unique index on lower(email).
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users WHERE lower(email) = lower($1)', [email]);
    return rows[0] ? { ...toUser(rows[0]), passwordHash: rows[0].password_hash } : undefined;
  }

  async findUser(userId: string): Promise<User | undefined> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [userId]);
    return rows[0] ? toUser(rows[0]) : undefined;
  }

  async findUserByIdentity(issuer: string, subject: string): Promise<User | undefined> {
    const { rows } = await this.pool.query<UserRow>(
      `SELECT users.* FROM users JOIN user_identities ON users.id = user_identities.user_id
       WHERE issuer = $1 AND subject = $2`,
      [issuer, subject],
    );
    return rows[0] ? toUser(rows[0]) : undefined;
  }

  async linkIdentity(issuer: string, subject: string, userId: string): Promise<void> {
    await this.pool.query('INSERT INTO user_identities (issuer, subject, user_id) VALUES ($1, $2, $3)', [
      issuer,
      subject,
      userId,
    ]);
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.pool.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, userId]);
  }

  async createSession(tokenHash: string, session: StoredSession & { createdAt: number }): Promise<void> {
    await this.pool.query(
      'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [tokenHash, session.userId, session.csrfToken, session.createdAt, session.expiresAt],
    );
  }

  async findSession(tokenHash: string): Promise<StoredSession | undefined> {
    const { rows } = await this.pool.query<{ user_id: string; csrf_token: string; expires_at: number }>(
      'SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = $1',
      [tokenHash],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at } : undefined;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteSessionsOf(userId: string): Promise<number> {
    const result = await this.pool.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    return result.rowCount ?? 0;
  }

  async createApiToken(tokenHash: string, record: ApiTokenRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, last_used_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [record.id, record.userId, record.name, tokenHash, record.createdAt, record.lastUsedAt],
    );
  }

  async findApiToken(tokenHash: string): Promise<ApiTokenRecord | undefined> {
    const { rows } = await this.pool.query<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1`, [
      tokenHash,
    ]);
    return rows[0] ? toToken(rows[0]) : undefined;
  }

  async findApiTokenById(id: string): Promise<ApiTokenRecord | undefined> {
    const { rows } = await this.pool.query<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
    return rows[0] ? toToken(rows[0]) : undefined;
  }

  async touchApiTokens(uses: readonly { id: string; usedAt: number }[]): Promise<void> {
    if (uses.length === 0) return;
    await inTransaction(this.pool, async (client) => {
      for (const use of uses) {
        await client.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [use.usedAt, use.id]);
      }
    });
  }

  async listApiTokens(userId: string): Promise<ApiTokenRecord[]> {
    const { rows } = await this.pool.query<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at, ord`,
      [userId],
    );
    return rows.map(toToken);
  }

  async deleteApiToken(userId: string, id: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM api_tokens WHERE user_id = $1 AND id = $2', [userId, id]);
    return (result.rowCount ?? 0) > 0;
  }
}
