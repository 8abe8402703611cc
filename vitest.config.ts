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
const integration = {
  include: ['test/integration/**/*.test.ts'],
  environment: 'node',
  testTimeout: 60_000,
  hookTimeout: 60_000,
} as const;

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      { test: { name: 'integration', ...integration } },
      {
        test: {
          name: 'integration-pg',
          ...integration,
          // Left out: postgres.test.ts makes its own databases (several instances on one, a database that goes
          // away); templateCheck starts no server; syncFuzz exercises the sync layer's validation, the same code on
          // either engine, and is the heaviest file.
          exclude: [
            'test/integration/postgres.test.ts',
            'test/integration/templateCheck.test.ts',
            'test/integration/syncFuzz.test.ts',
          ],
          env: { YTTRA_TEST_DATABASE_URL: postgresForTests },
          setupFiles: ['test/support/dropTestDatabasesAfterFile.ts'],
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
