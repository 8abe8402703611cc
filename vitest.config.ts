import { defineConfig } from 'vitest/config';

/**
 * The random keyboard sessions in Chromium (issue 8) run with the other browser tests on the CI budget (20 sessions
 * × 100 actions across the draft kinds and the paragraph: 2 min 45 s on this two-core machine, 3 min 36 s
 * under load); `pnpm test:fuzz` runs only them on that budget, and `pnpm fuzz:editor` only them on a long one
 * (200 × 200; YTTRA_FUZZ_SEED and YTTRA_FUZZ_SESSIONS split it into chunks of seeds).
 */
const editorFuzz = 'test/browser/editorFuzz.test.ts';
const onlyEditorFuzz = process.env.YTTRA_EDITOR_FUZZ === '1';

/**
 * The integration tests run twice: on SQLite (the default) and with every test server's state in PostgreSQL,
 * a fresh database per data directory on this server (see test/support/testDatabase.ts), dropped after each file.
 */
const postgresForTests = process.env.YTTRA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/**
 * On PostgreSQL run the files whose outcome depends on the storage engine: durability across kill -9, the cluster
 * sharing one database, access and revocation decided from stored rows, and every stored resource (drafts, comments,
 * versions, suggestions, justering, deadlines, the demo seed). The rest (frame validation, the HTTP hardening, the
 * exporters, the sync protocol's edge cases) runs the same code on either engine, and the store contract suites in
 * the unit project already run on both. postgres.test.ts makes its own databases and runs in `integration`.
 */
const integrationOnPostgres = [
  'auth',
  'bootstrap',
  'clusterAccess',
  'clusterCrash',
  'clusterSync',
  'comments',
  'crash',
  'deadlines',
  'demo',
  'drafts',
  'justering',
  'liveRevocation',
  'matterEventRevocation',
  'matterEvents',
  'members',
  'permissions',
  'staffReport',
  'suggestions',
  'syncReceipts',
  'versions',
].map((name) => `test/integration/${name}.test.ts`);

const integration = {
  include: ['test/integration/**/*.test.ts'],
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 60_000,
  setupFiles: ['test/support/killSpawnedServersAfterFile.ts'],
} as const;

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summaryReporter.ts'],
    // Two files at a time on two cores: most integration and browser time is spent waiting on sockets, spawned
    // servers and Chromium, so the second worker halves the wait (vitest's default here is one).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts'],
          environment: 'node',
          // One module graph for all unit files: importing the editor schema and the server afresh per file was
          // three quarters of the project's time (4.5 min → 1.4 min). Tests that touch shared state restore it.
          isolate: false,
          // Password hashing and PDF rendering are CPU-bound; beside integration servers on two cores they need room.
          testTimeout: 30_000,
        },
      },
      { test: { name: 'integration', ...integration } },
      {
        test: {
          name: 'integration-pg',
          ...integration,
          include: integrationOnPostgres,
          env: { YTTRA_TEST_DATABASE_URL: postgresForTests },
          setupFiles: [...integration.setupFiles, 'test/support/dropTestDatabasesAfterFile.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: onlyEditorFuzz ? [editorFuzz] : ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
