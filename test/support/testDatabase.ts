import { createScratchDatabase, type ScratchDatabase } from '@yttra/server/postgres-testing';

/** Databases created in this test file (one worker runs one file at a time), by the data directory they stand for. */
const databases = new Map<string, Promise<ScratchDatabase>>();

/**
 * The environment that puts a test server's state in PostgreSQL, when YTTRA_TEST_DATABASE_URL names a
 * PostgreSQL server (an account that may create databases): each data directory gets its own fresh database,
 * the same one again when a server restarts on that directory, so tests that restart or crash a server
 * behave as with the SQLite file there. Empty (SQLite) when the variable is unset.
 */
export async function testDatabaseEnvironment(dataDir: string): Promise<Record<string, string>> {
  const adminUrl = process.env.YTTRA_TEST_DATABASE_URL;
  if (!adminUrl) return {};
  let database = databases.get(dataDir);
  if (!database) {
    database = createScratchDatabase('it', adminUrl);
    databases.set(dataDir, database);
  }
  return { DATABASE_URL: (await database).url };
}

/** Drops every database this file created (the PostgreSQL projects run it after each file; see vitest.config). */
export async function dropTestDatabases(): Promise<void> {
  const created = [...databases.values()];
  databases.clear();
  await Promise.all(created.map(async (database) => (await database.catch(() => undefined))?.drop()));
}
