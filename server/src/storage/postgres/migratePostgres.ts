import type pg from 'pg';
import { PG_MIGRATIONS } from './migrations';
import { ADVISORY_LOCKS, withAdvisoryLock } from './withAdvisoryLock';

export interface MigrationResult {
  /** Schema version found before migrating (0 for an empty database). */
  from: number;
  to: number;
}

/**
 * Brings the database to the newest schema. Instances starting at once queue on one advisory lock: the first
 * applies what is missing, each migration in its own transaction with its version row, and the others then
 * find nothing left to do. A database newer than this code (a later release ran) is left as it is.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly string[] = PG_MIGRATIONS,
): Promise<MigrationResult> {
  return withAdvisoryLock(pool, ADVISORY_LOCKS.migrations, async (client) => {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>(
      'SELECT COALESCE(MAX(version), 0)::int AS version FROM schema_migrations',
    );
    const from = rows[0]?.version ?? 0;
    for (let index = from; index < migrations.length; index++) {
      try {
        await client.query('BEGIN');
        await client.query(migrations[index] as string);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
          index + 1,
          Date.now(),
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw new Error(`PostgreSQL migration ${index + 1} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    return { from, to: Math.max(from, migrations.length) };
  });
}
