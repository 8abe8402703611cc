import type pg from 'pg';

/** Keys of the session-level advisory locks instances take while they start; one per kind of startup work. */
export const ADVISORY_LOCKS = {
  migrations: 5_998_412_001,
  demoSeed: 5_998_412_002,
} as const;

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so of several instances starting against one database
 * only one does it at a time and the others wait, then see its result. The lock is held by one dedicated
 * connection; if the instance dies, PostgreSQL drops the connection and with it the lock.
 */
export async function withAdvisoryLock<T>(
  pool: pg.Pool,
  key: number,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch((error: Error) => {
        // Unlocking failed only if the connection did: releasing it as broken closes it, which drops the lock.
        broken = error;
      });
    }
  } finally {
    client.release(broken);
  }
}
