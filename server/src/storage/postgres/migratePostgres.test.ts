import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migratePostgres } from './migratePostgres';
import { PG_MIGRATIONS } from './migrations';
import { openPool } from './openPool';
import { createScratchDatabase, type ScratchDatabase } from './testing/createScratchDatabase';

describe('migratePostgres', () => {
  let database: ScratchDatabase;
  const pools: pg.Pool[] = [];
  const pool = () => {
    const opened = openPool(database.url, { max: 3 });
    pools.push(opened);
    return opened;
  };

  beforeEach(async () => {
    database = await createScratchDatabase('migrate');
  });

  afterEach(async () => {
    await Promise.all(pools.splice(0).map((opened) => opened.end()));
    await database.drop();
  });

  it('migrates an empty database once when several instances start at the same moment', async () => {
    const results = await Promise.all([pool(), pool(), pool(), pool()].map((instance) => migratePostgres(instance)));
    // Exactly one found the database empty; the others waited on the lock and found nothing left to do.
    expect(results.filter((result) => result.from === 0)).toHaveLength(1);
    expect(results.filter((result) => result.from === PG_MIGRATIONS.length)).toHaveLength(3);
    expect(results.every((result) => result.to === PG_MIGRATIONS.length)).toBe(true);
    const { rows } = await pool().query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual(PG_MIGRATIONS.map((_, index) => index + 1));
    const tables = await pool().query<{ count: number }>(
      "SELECT count(*)::int AS count FROM information_schema.tables WHERE table_name = 'document_updates'",
    );
    expect(tables.rows[0]?.count).toBe(1);
    expect(await migratePostgres(pool())).toEqual({ from: PG_MIGRATIONS.length, to: PG_MIGRATIONS.length });
  });

  it('applies each migration in its own transaction: a failing one leaves the earlier ones and nothing of itself', async () => {
    const first = 'CREATE TABLE first_step (x int)';
    const broken = 'CREATE TABLE second_step (x int); SELECT 1 / 0';
    await expect(migratePostgres(pool(), [first, broken])).rejects.toThrow(/migration 2 failed.*division by zero/);
    const exists = async (table: string) =>
      ((await pool().query('SELECT 1 FROM information_schema.tables WHERE table_name = $1', [table])).rowCount ?? 0) >
      0;
    expect(await exists('first_step')).toBe(true);
    expect(await exists('second_step')).toBe(false);
    // The fixed release carries on from version 1.
    expect(await migratePostgres(pool(), [first, 'CREATE TABLE second_step (x int)'])).toEqual({ from: 1, to: 2 });
    expect(await exists('second_step')).toBe(true);
  });

  it('leaves a database that a newer release migrated further as it is', async () => {
    await migratePostgres(pool(), ['CREATE TABLE a (x int)', 'CREATE TABLE b (x int)']);
    expect(await migratePostgres(pool(), ['CREATE TABLE a (x int)'])).toEqual({ from: 2, to: 2 });
  });
});
