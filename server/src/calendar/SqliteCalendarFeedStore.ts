import type Database from 'better-sqlite3';
import type { CalendarFeedStore } from './CalendarFeedStore';

/** Calendar feed secrets in the embedded database, sharing its connection with the other stores. */
export class SqliteCalendarFeedStore implements CalendarFeedStore {
  constructor(private readonly db: Database.Database) {}

  async setFeed(userId: string, tokenHash: string, createdAt: number): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at`,
      )
      .run(userId, tokenHash, createdAt);
  }

  async findFeedUser(tokenHash: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT user_id FROM calendar_feeds WHERE token_hash = ?').get(tokenHash) as
      | { user_id: string }
      | undefined;
    return row?.user_id;
  }

  async hasFeed(userId: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM calendar_feeds WHERE user_id = ?').get(userId) !== undefined;
  }

  async deleteFeed(userId: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM calendar_feeds WHERE user_id = ?').run(userId).changes > 0;
  }
}
