import { afterAll } from 'vitest';
import { dropTestDatabases } from './testDatabase';

// Setup file of the PostgreSQL test projects: runs after the file's own hooks have closed its servers.
afterAll(async () => {
  await dropTestDatabases();
});
