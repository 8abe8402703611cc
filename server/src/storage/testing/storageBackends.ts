import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStorage } from '../postgres/openPostgresStorage';
import { createScratchDatabase } from '../postgres/testing/createScratchDatabase';
import type { Storage } from '../Storage';
import { openSqliteStorage } from '../sqlite/openSqliteStorage';

/** One storage under test, on a database of its own. */
export interface StorageHarness {
  storage: Storage;
  /** Opens the same database again, as another instance (or a restart) would: its own connections. */
  openAnother(): Promise<Storage>;
  /** Closes everything opened and removes the database. */
  dispose(): Promise<void>;
}

export interface StorageBackend {
  engine: Storage['engine'];
  open(): Promise<StorageHarness>;
}

/**
 * The two engines every store contract runs against: a SQLite file in a fresh temporary directory, and a
 * freshly created PostgreSQL database with a random name (dropped by dispose), migrated as an instance would.
 */
export const storageBackends: readonly StorageBackend[] = [
  {
    engine: 'sqlite',
    async open() {
      const directory = mkdtempSync(join(tmpdir(), 'yttra-contract-'));
      const file = join(directory, 'yttra.sqlite');
      const opened: Storage[] = [openSqliteStorage(file)];
      return {
        storage: opened[0] as Storage,
        openAnother: async () => {
          const another = openSqliteStorage(file);
          opened.push(another);
          return another;
        },
        dispose: async () => {
          for (const storage of opened) await storage.close();
          rmSync(directory, { recursive: true, force: true });
        },
      };
    },
  },
  {
    engine: 'postgres',
    async open() {
      const database = await createScratchDatabase('contract');
      const opened: Storage[] = [];
      try {
        opened.push(await openPostgresStorage(database.url, { max: 4 }));
      } catch (error) {
        await database.drop();
        throw error;
      }
      return {
        storage: opened[0] as Storage,
        openAnother: async () => {
          const another = await openPostgresStorage(database.url, { max: 4 });
          opened.push(another);
          return another;
        },
        dispose: async () => {
          for (const storage of opened) await storage.close().catch(() => {});
          await database.drop();
        },
      };
    },
  },
];
