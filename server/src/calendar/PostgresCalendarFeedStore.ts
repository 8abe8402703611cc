import type pg from 'pg';
import type { CalendarFeedStore } from './CalendarFeedStore';

/** Calendar feed secrets in PostgreSQL, shared by every instance. */
export class PostgresCalendarFeedStore implements CalendarFeedStore {
  constructor(private readonly pool: pg.Pool) {}

  async setFeed(userId: string, tokenHash: string, createdAt: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at`,
      [userId, tokenHash, createdAt],
    );
  }

  async findFeedUser(tokenHash: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ user_id: string }>(
      'SELECT user_id FROM calendar_feeds WHERE token_hash = $1',
      [tokenHash],
    );
    return rows[0]?.user_id;
  }

  async hasFeed(userId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM calendar_feeds WHERE user_id = $1', [userId]);
    return (rowCount ?? 0) > 0;
  }

  async deleteFeed(userId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM calendar_feeds WHERE user_id = $1', [userId]);
    return (rowCount ?? 0) > 0;
  }
}
