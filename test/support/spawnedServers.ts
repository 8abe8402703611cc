import { afterEach } from 'vitest';
import { type ServerProcess, spawnServer } from './serverProcess';
import type { SyncClient } from './syncClient';
import { createDocument, demoToken, makeDataDir } from './testServer';

export interface SpawnedServers {
  clients: SyncClient[];
  processes: ServerProcess[];
  dataDir: string;
  /** A server process on the data directory, with a demo token and a new document of `title` on it. */
  spawnWithDocument(title: string): Promise<{ server: ServerProcess; token: string; documentId: string }>;
}

/**
 * For a describe block whose tests spawn server processes (to kill them with -9) in one data directory: after each
 * test its clients are destroyed and its processes killed.
 */
export function useSpawnedServers(): SpawnedServers {
  const clients: SyncClient[] = [];
  const processes: ServerProcess[] = [];
  const { dataDir } = makeDataDir();
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of processes.splice(0)) server.child.kill('SIGKILL');
  });
  const spawnWithDocument = async (title: string) => {
    const server = await spawnServer(dataDir);
    processes.push(server);
    const token = await demoToken(server.url);
    const documentId = await createDocument(server.url, token, title);
    return { server, token, documentId };
  };
  return { clients, processes, dataDir, spawnWithDocument };
}
