import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newDocumentRecord } from './newDocumentRecord';
import { SqliteDocumentStore } from './SqliteDocumentStore';
import { openDatabase } from './sqlite/openDatabase';

describe('SqliteDocumentStore update batches', () => {
  let directory: string;
  let file: string;
  let database: Database.Database;
  let store: SqliteDocumentStore;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'yttra-sqlite-append-'));
    file = join(directory, 'yttra.sqlite');
    database = openDatabase(file);
    store = new SqliteDocumentStore(database);
    await store.createDocument(newDocumentRecord({ id: 'doc', title: 'Ett', createdAt: 1 }));
  });

  afterEach(async () => {
    await store.close();
    database.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('commits a batch before it returns, and leaves every other commit of the connection fully synchronous', async () => {
    const reader = new Database(file, { readonly: true });
    try {
      const count = () => (reader.prepare('SELECT count(*) AS n FROM document_updates').get() as { n: number }).n;
      const first = store.appendUpdates([{ documentId: 'doc', update: new Uint8Array([1]) }]);
      // Handed over while the first is still being flushed, and committed at once all the same.
      const second = store.appendUpdates([{ documentId: 'doc', update: new Uint8Array([2]) }]);
      expect(count()).toBe(2);
      // synchronous = FULL is 2: the accounts, comments and versions written on this connection are fsynced as before.
      expect(database.pragma('synchronous', { simple: true })).toBe(2);
      const [one, two] = await Promise.all([first, second]);
      expect(two?.[0]?.previousSeq).toBe(one?.[0]?.seq);
    } finally {
      reader.close();
    }
  });

  it('reports a batch durable only once the write-ahead log has been flushed after its commit', async () => {
    let release: () => void = () => {};
    const diskDone = new Promise<void>((resolve) => {
      release = resolve;
    });
    const flushed: string[] = [];
    const gated = new SqliteDocumentStore(database, {
      flushers: {
        onLoop: () => {
          throw new Error('flushed on the loop');
        },
        offLoop: async (handle) => {
          await diskDone;
          await handle.datasync();
          flushed.push(handle.fd > 0 ? 'wal' : 'none');
        },
      },
      onLoopBelowMs: 0,
    });
    let durable = false;
    const appending = gated.appendUpdates([{ documentId: 'doc', update: new Uint8Array([1]) }]).then(() => {
      durable = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(durable).toBe(false);
    release();
    await appending;
    expect(flushed).toEqual(['wal']);
    expect(durable).toBe(true);
    await gated.close();
  });

  it('rejects a batch it could not commit and writes none of it', async () => {
    await expect(
      store.appendUpdates([
        { documentId: 'doc', update: new Uint8Array([1]) },
        { documentId: 'no-such-document', update: new Uint8Array([2]) },
      ]),
    ).rejects.toThrow(/FOREIGN KEY/);
    expect(await store.loadUpdates('doc')).toEqual([]);
    expect(database.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('works on a database kept in memory, which has no write-ahead log to flush', async () => {
    const inMemory = openDatabase(':memory:');
    const memory = new SqliteDocumentStore(inMemory);
    await memory.createDocument(newDocumentRecord({ id: 'doc', title: 'Ett', createdAt: 1 }));
    await memory.appendUpdates([{ documentId: 'doc', update: new Uint8Array([1]) }]);
    expect(await memory.loadUpdates('doc')).toHaveLength(1);
    await memory.close();
    inMemory.close();
  });
});
