import { fileURLToPath } from 'node:url';
import type { RunningServer } from '@yttra/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST, launchBrowser, openAs } from '../support/browser';
import { createTestBoard, type TestBoard } from '../support/testBoard';
import { makeDataDir, startTestServer } from '../support/testServer';

const TEMPLATES_DIR = fileURLToPath(new URL('../fixtures/templates', import.meta.url));

describe('a template added by configuration, in the editor', () => {
  let server: RunningServer;
  let browser: Browser;
  let board: TestBoard;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { CLIENT_DIR: CLIENT_DIST, TEMPLATES_DIR },
    });
    board = await createTestBoard(server);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    dataDir.remove();
  });

  it('shows the organisation’s own headings in its own order', async () => {
    const created = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${board.users.admin.token}` },
      body: JSON.stringify({ title: 'Kommunstyrelsens yttrande', kind: 'protocol', templateId: 'exempelkommunen-ks' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const { context, page } = await openAs(browser, server.url, board.users.admin);
    await page.goto(`/d/${id}`);
    const headings = page.locator('.protocol-section h2');
    await expect
      .poll(() => headings.allTextContents(), { timeout: 15_000 })
      .toEqual([
        'Ärendet',
        'Yrkanden',
        'Propositionsordning',
        'Beslut',
        'Reservationer',
        'Särskilda uttalanden',
        'Protokollsanteckningar',
        'Beslutsunderlag',
      ]);
    await context.close();
  });
});
