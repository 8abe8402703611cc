import { join } from 'node:path';
import type { ServerConfig } from '../config';
import type { Logger } from '../log';
import type { Storage } from './Storage';
import { openSqliteStorage } from './sqlite/openSqliteStorage';

/**
 * PostgreSQL when DATABASE_URL is set (migrated by whichever instance gets there first), otherwise the
 * embedded SQLite file in DATA_DIR exactly as before.
 */
export async function openStorage(
  config: Pick<ServerConfig, 'databaseUrl' | 'databasePoolMax' | 'dataDir'>,
  log: Logger,
): Promise<Storage> {
  if (!config.databaseUrl) return openSqliteStorage(join(config.dataDir, 'yttra.sqlite'));
  // Loaded only when configured: pg and the PostgreSQL stores are some 15 MB of memory an SQLite server never uses.
  const { openPostgresStorage } = await import('./postgres/openPostgresStorage');
  const storage = await openPostgresStorage(config.databaseUrl, { max: config.databasePoolMax }, (error) =>
    // An idle connection was cut (database restart, failover): the pool replaces it when next needed.
    log.warn({ event: 'database-connection-lost', err: error }, 'a PostgreSQL connection was lost'),
  );
  log.info(
    { event: 'database', engine: 'postgres', schemaFrom: storage.migration.from, schemaTo: storage.migration.to },
    storage.migration.from === storage.migration.to ? 'PostgreSQL schema up to date' : 'PostgreSQL schema migrated',
  );
  return storage;
}
