import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';

const TEMPLATES_DIR = fileURLToPath(new URL('../fixtures/templates', import.meta.url));

describe('a template added by configuration, in the editor', () => {
  const suite = useBrowserSuite({ TEMPLATES_DIR });

  it('shows the organisation’s own headings in its own order', async () => {
    const created = await fetch(`${suite.server.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${suite.board.users.admin.token}` },
      body: JSON.stringify({ title: 'Kommunstyrelsens yttrande', kind: 'protocol', templateId: 'exempelkommunen-ks' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users.admin);
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
