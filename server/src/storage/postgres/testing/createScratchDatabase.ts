import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where tests may create and drop databases: YTTRA_TEST_PG_ADMIN_URL, or the machine's local PostgreSQL. */
export const TEST_PG_ADMIN_URL = process.env.YTTRA_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ScratchDatabase {
  name: string;
  /** DATABASE_URL of the new, empty database. */
  url: string;
  /** Drops the database, ending whatever connections are still open to it. */
  drop(): Promise<void>;
}

/** Prefix of every database tests create, so a crashed run's leftovers can be recognised and dropped. */
export const SCRATCH_PREFIX = 'yttra_t_';

/**
 * Creates an empty database with a random name for one test run (never the admin database itself), on the
 * server `adminUrl` points at (YTTRA_TEST_PG_ADMIN_URL by default), with Swedish ICU collation. `label` (letters and digits) only helps tell them apart.
 */
export async function createScratchDatabase(label = '', adminUrl = TEST_PG_ADMIN_URL): Promise<ScratchDatabase> {
  const safeLabel = label
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 20);
  const name = `${SCRATCH_PREFIX}${safeLabel ? `${safeLabel}_` : ''}${randomBytes(6).toString('hex')}`;
  // A Swedish collation, as a municipality's database may well have: orderings that must match SQLite's bytewise
  // order then only pass where the queries ask for it (COLLATE "C").
  await adminQuery(
    adminUrl,
    `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'sv' LOCALE 'C.UTF-8'`,
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    name,
    url: url.toString(),
    drop: () => {
      dropped ??= adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return dropped;
    },
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
