import { PostgresAccountStore } from '../../accounts/PostgresAccountStore';
import { PostgresCalendarFeedStore } from '../../calendar/PostgresCalendarFeedStore';
import { PostgresCommentStore } from '../../comments/PostgresCommentStore';
import { PostgresJusteringStore } from '../../justering/PostgresJusteringStore';
import { PostgresOrganisationStore } from '../../organisation/PostgresOrganisationStore';
import { PostgresVersionStore } from '../../versions/PostgresVersionStore';
import { PostgresDocumentStore } from '../PostgresDocumentStore';
import type { Storage } from '../Storage';
import { type MigrationResult, migratePostgres } from './migratePostgres';
import { openPool, type PoolOptions } from './openPool';
import { ADVISORY_LOCKS, withAdvisoryLock } from './withAdvisoryLock';

export interface PostgresStorage extends Storage {
  readonly migration: MigrationResult;
}

/**
 * Connects to DATABASE_URL, migrates it (one instance at a time, see migratePostgres) and returns every store
 * on one shared pool. Rejects when the database cannot be reached or migrated: an instance without its
 * database does not start.
 */
export async function openPostgresStorage(
  connectionString: string,
  options: PoolOptions = {},
  onConnectionError?: (error: Error) => void,
): Promise<PostgresStorage> {
  const pool = openPool(connectionString, options, onConnectionError);
  let migration: MigrationResult;
  try {
    migration = await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    engine: 'postgres',
    migration,
    documents: new PostgresDocumentStore(pool),
    organisations: new PostgresOrganisationStore(pool),
    accounts: new PostgresAccountStore(pool),
    comments: new PostgresCommentStore(pool),
    calendarFeeds: new PostgresCalendarFeedStore(pool),
    justering: new PostgresJusteringStore(pool),
    versions: new PostgresVersionStore(pool),
    exclusively: (task, work) => withAdvisoryLock(pool, ADVISORY_LOCKS[task], () => work()),
    check: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}
