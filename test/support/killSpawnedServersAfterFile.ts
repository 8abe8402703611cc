import { afterAll } from 'vitest';
import { killSpawnedServers } from './serverProcess';

// Setup file of the integration projects: runs after the file's own hooks, so it only finds servers that a
// failed or timed-out hook left behind.
afterAll(() => {
  killSpawnedServers();
});
