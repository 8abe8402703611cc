import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { type HeldUplinkProxy, startHeldUplinkProxy } from '../support/heldUplinkProxy';
import { editorOf, statusOf, typeIn } from '../support/protocolEditorPage';
import { bearer } from '../support/testBoard';
import { createDocument } from '../support/testServer';

const SAVED = 'Ansluten – alla ändringar sparade';
const TYPED = 'Texten som servern ännu inte har fått.';

// "Saved" is the server's word that it stored the edits (client/src/document/SaveConfirmation.ts), not that they
// left the browser: a proxy between the page and the server holds what the page sends over its sync socket.
describe('the saved status', () => {
  const suite = useBrowserSuite();
  let proxy: HeldUplinkProxy;

  beforeAll(async () => {
    proxy = await startHeldUplinkProxy(Number(new URL(suite.server.url).port));
  });

  afterAll(async () => {
    await proxy.close();
  });

  it('says "Sparar …" until the server has confirmed the edits, and once it says saved the download has them', async () => {
    // The protocol paragraph: its plain-text download prints every paragraph of prose.
    const user = suite.board.users.admin;
    const documentId = await createDocument(suite.server.url, user.token, 'Sparprov', 'protocol');
    const { context, page } = await openAs(suite.browser, proxy.url, user);
    await page.goto(`/d/${documentId}`);
    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toBe(SAVED);

    proxy.hold();
    await typeIn(page, editorOf(page).locator('p').first(), TYPED);
    await expect.poll(() => editorOf(page).textContent()).toContain(TYPED);
    // Long past the typing pause that asks for a receipt, and the socket has handed everything on to the proxy:
    // only the server's answer may change this.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="connection-status"]')?.textContent === 'Sparar …',
    );
    await page.waitForTimeout(1_500);
    expect(await statusOf(page).textContent()).toBe('Sparar …');
    const before = await fetch(`${suite.server.url}/api/documents/${documentId}/export/txt`, { headers: bearer(user) });
    expect(await before.text()).not.toContain(TYPED);

    proxy.release();
    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toBe(SAVED);
    // One download, right away: saved means stored.
    const response = await fetch(`${suite.server.url}/api/documents/${documentId}/export/txt`, {
      headers: bearer(user),
    });
    expect(response.status).toBe(200);
    expect((await response.text()).replace(/\s+/g, ' ')).toContain(TYPED);
    await context.close();
  });
});
