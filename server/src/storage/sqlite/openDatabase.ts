import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { cachePreparedStatements } from './cachePreparedStatements';
import { MIGRATIONS } from './migrations';

/**
 * Opens the embedded database: WAL so readers never block the writer, every commit fsynced
 * (synchronous = FULL; update batches are the exception, flushed by SqliteDocumentStore's WalSync before they are
 * reported durable, because an update is relayed only then), foreign keys enforced, and the schema migrated to the
 * newest version, each migration in its own transaction.
 */
export function openDatabase(filename: string): Database.Database {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  cachePreparedStatements(db);
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let index = version; index < MIGRATIONS.length; index++) {
    const migration = MIGRATIONS[index] as string;
    db.transaction(() => {
      db.exec(migration);
      db.pragma(`user_version = ${index + 1}`);
    })();
  }
  return db;
}
