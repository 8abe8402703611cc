import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WalSync } from './WalSync';

/** A flush that finishes only when the test says so, so the test decides what overlaps what. */
function controlledFlush() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    pending,
    flushers: {
      onLoop: () => {
        throw new Error('a test flush never runs on the loop');
      },
      offLoop: (_handle: FileHandle) =>
        new Promise<void>((resolve, reject) => {
          pending.push({ resolve, reject });
        }),
    },
    finishNext() {
      pending.shift()?.resolve();
    },
    failNext(error: Error) {
      pending.shift()?.reject(error);
    },
  };
}

/** Lets the promise callbacks (and the thread pool's open) that are due run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('WalSync', () => {
  let directory: string;
  let wal: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'yttra-walsync-'));
    wal = join(directory, 'db.sqlite-wal');
    writeFileSync(wal, 'frames');
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('flushes the real file and counts each flush', async () => {
    const sync = new WalSync(wal);
    await sync.durable();
    await sync.durable();
    expect(sync.flushCount).toBe(2);
    await sync.close();
  });

  it('covers every commit made during a flush with one later flush, never with the one already running', async () => {
    const control = controlledFlush();
    const sync = new WalSync(wal, control.flushers, 0);
    const settled: string[] = [];
    const first = sync.durable().then(() => settled.push('first'));
    await settle();
    expect(control.pending).toHaveLength(1);
    // Both commits land while the first flush runs: it may have begun before they reached the WAL.
    const second = sync.durable().then(() => settled.push('second'));
    const third = sync.durable().then(() => settled.push('third'));
    await settle();
    expect(control.pending).toHaveLength(1);

    control.finishNext();
    await first;
    await settle();
    expect(settled).toEqual(['first']);
    expect(control.pending).toHaveLength(1);

    control.finishNext();
    await Promise.all([second, third]);
    expect(settled).toEqual(['first', 'second', 'third']);
    expect(sync.flushCount).toBe(2);
    await sync.close();
  });

  it('rejects the commits a failed flush covered, and flushes again for the next', async () => {
    const control = controlledFlush();
    const sync = new WalSync(wal, control.flushers, 0);
    const failed = sync.durable();
    await settle();
    control.failNext(new Error('EIO'));
    await expect(failed).rejects.toThrow('EIO');

    const next = sync.durable();
    await settle();
    control.finishNext();
    await expect(next).resolves.toBeUndefined();
    expect(sync.flushCount).toBe(1);
    await sync.close();
  });

  it('rejects while the log cannot be opened, and opens it once it exists', async () => {
    const missing = join(directory, 'later.sqlite-wal');
    const sync = new WalSync(missing);
    await expect(sync.durable()).rejects.toThrow(/ENOENT/);
    writeFileSync(missing, 'frames');
    await expect(sync.durable()).resolves.toBeUndefined();
    await sync.close();
  });

  it('waits for a running flush before it closes, and refuses commits after', async () => {
    const control = controlledFlush();
    const sync = new WalSync(wal, control.flushers, 0);
    const running = sync.durable();
    await settle();
    let closed = false;
    const closing = sync.close().then(() => {
      closed = true;
    });
    await settle();
    expect(closed).toBe(false);
    control.finishNext();
    await running;
    await closing;
    await expect(sync.durable()).rejects.toThrow('closed');
  });

  it('flushes on the event loop while the disk is fast, and on the thread pool once it is slow', async () => {
    const where: string[] = [];
    let diskMs = 0.1;
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {}
    };
    const sync = new WalSync(wal, {
      onLoop: () => {
        where.push('loop');
        busy(diskMs);
      },
      offLoop: async () => {
        where.push('pool');
        await new Promise((resolve) => setTimeout(resolve, diskMs));
      },
    });
    await sync.durable();
    await sync.durable();
    expect(where).toEqual(['loop', 'loop']);
    diskMs = 30;
    await sync.durable();
    expect(sync.flushesOnLoop).toBe(false);
    diskMs = 0.1;
    while (!sync.flushesOnLoop) await sync.durable();
    await sync.durable();
    expect(where.slice(0, 4)).toEqual(['loop', 'loop', 'loop', 'pool']);
    expect(where.at(-1)).toBe('loop');
    expect(where.filter((place) => place === 'pool').length).toBeGreaterThan(3);
    await sync.close();
  });
});
