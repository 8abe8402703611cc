import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPool } from './openPool';
import { createScratchDatabase, type ScratchDatabase } from './testing/createScratchDatabase';
import { withAdvisoryLock } from './withAdvisoryLock';

describe('withAdvisoryLock', () => {
  let database: ScratchDatabase;
  let pools: pg.Pool[];

  beforeEach(async () => {
    database = await createScratchDatabase('lock');
    pools = [openPool(database.url, { max: 2 }), openPool(database.url, { max: 2 })];
  });

  afterEach(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await database.drop();
  });

  it('lets one instance at a time in, and the next one in as soon as the first is done', async () => {
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      events.push(`${name} out`);
      return name;
    };
    const results = await Promise.all([
      withAdvisoryLock(pools[0] as pg.Pool, 42, work('a')),
      withAdvisoryLock(pools[1] as pg.Pool, 42, work('b')),
    ]);
    expect(results).toEqual(['a', 'b']);
    const first = events[0]?.split(' ')[0] as string;
    const second = first === 'a' ? 'b' : 'a';
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
  });

  it('releases the lock when the work fails, and when the holding connection dies', async () => {
    await expect(
      withAdvisoryLock(pools[0] as pg.Pool, 43, async () => {
        throw new Error('seeding failed');
      }),
    ).rejects.toThrow('seeding failed');
    expect(await withAdvisoryLock(pools[1] as pg.Pool, 43, async () => 'next')).toBe('next');

    // An instance that dies holding the lock: PostgreSQL ends its session and with it the lock.
    let holderPid = 0;
    let finishHolder = () => {};
    const holderBusy = new Promise<void>((resolve) => {
      finishHolder = resolve;
    });
    const holder = withAdvisoryLock(pools[0] as pg.Pool, 44, async (client) => {
      holderPid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid as number;
      await holderBusy;
    });
    while (!holderPid) await new Promise((resolve) => setTimeout(resolve, 10));
    const waiter = withAdvisoryLock(pools[1] as pg.Pool, 44, async () => 'got it');
    await (pools[1] as pg.Pool).query('SELECT pg_terminate_backend($1)', [holderPid]);
    expect(await waiter).toBe('got it');
    finishHolder();
    // Its work itself finished; only the lost connection is thrown away rather than pooled again.
    await holder;
  }, 20_000);
});
