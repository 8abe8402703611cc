import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initialContent } from '@yttra/editor';
import { afterEach, beforeEach } from 'vitest';
import { createLogger } from '../log';
import { newDocumentRecord } from '../storage/newDocumentRecord';
import { SqliteDocumentStore } from '../storage/SqliteDocumentStore';
import { UpdateWriter } from '../storage/UpdateWriter';
import { DocumentRegistry } from './DocumentRegistry';

export interface TestRegistry {
  store: SqliteDocumentStore;
  writer: UpdateWriter;
  registry: DocumentRegistry;
}

/**
 * For the sync layer's unit tests: before each test a registry on a fresh SQLite store holding one document,
 * `dokument1`; after it, everything closed and removed. Read the fields inside tests and hooks.
 */
export function useTestRegistry(): TestRegistry {
  const handle = {} as TestRegistry;
  let directory: string;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'yttra-registry-'));
    handle.store = new SqliteDocumentStore(join(directory, 'db.sqlite'));
    handle.writer = new UpdateWriter(handle.store);
    handle.registry = new DocumentRegistry(handle.store, handle.writer, createLogger('silent'), {
      compactAfterUpdates: 1000,
      seedContent: (record) => initialContent(record.title),
    });
    await handle.store.createDocument(newDocumentRecord({ id: 'dokument1', title: 'Remiss', createdAt: 1 }));
  });

  afterEach(async () => {
    await handle.registry.closeAll(1001, 'test over');
    await handle.store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  return handle;
}
