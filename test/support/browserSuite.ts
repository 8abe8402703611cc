import type { RunningServer } from '@yttra/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CLIENT_DIST, launchBrowser } from './browser';
import { createTestBoard, type TestBoard } from './testBoard';
import { makeDataDir, startTestServer } from './testServer';

/** What a browser test file shares: filled in by the suite's `beforeAll`, so read it inside tests and hooks. */
export interface BrowserSuite {
  /** The real server, serving the built client, with its own fresh data directory. */
  server: RunningServer;
  /** One Chromium for the file; each test opens its own contexts in it (see `openAs`). */
  browser: Browser;
  /** The accounts, one per role, on the server's board. */
  board: TestBoard;
}

/**
 * Starts the server, its test board and Chromium before the enclosing `describe`'s tests and shuts them down
 * after. `environment` is added to the server's configuration (e.g. TEMPLATES_DIR) on top of CLIENT_DIR.
 */
export function useBrowserSuite(environment: Record<string, string> = {}): BrowserSuite {
  const dataDir = makeDataDir();
  // Kept apart from the returned object so teardown only closes what setup got as far as starting.
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  // Empty until beforeAll runs; tests only read it once it has.
  const suite = {} as BrowserSuite;

  beforeAll(async () => {
    server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { CLIENT_DIR: CLIENT_DIST, ...environment },
    });
    suite.server = server;
    suite.board = await createTestBoard(server);
    browser = await launchBrowser();
    suite.browser = browser;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    dataDir.remove();
  });

  return suite;
}
