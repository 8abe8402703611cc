import { afterEach } from 'vitest';
import type { ServerProcess } from './serverProcess';
import type { SyncClient } from './syncClient';
import { makeDataDir } from './testServer';

/**
 * For a describe block whose tests spawn server processes (to kill them with -9) in one data directory: after each
 * test its clients are destroyed and its processes killed.
 */
export function useSpawnedServers(): { clients: SyncClient[]; processes: ServerProcess[]; dataDir: string } {
  const clients: SyncClient[] = [];
  const processes: ServerProcess[] = [];
  const { dataDir } = makeDataDir();
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of processes.splice(0)) server.child.kill('SIGKILL');
  });
  return { clients, processes, dataDir };
}
