import { CONTENT_FRAGMENT } from '@yttra/protocol';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { editorOf, statusOf, typeIn } from '../support/protocolEditorPage';
import { connectClient, waitFor, waitForSync } from '../support/syncClient';
import type { TestUser } from '../support/testBoard';
import { createDocument } from '../support/testServer';

const SAVED = 'Ansluten – alla ändringar sparade';
const FORGED = 'En rad som servern aldrig tar emot.';

/** Puts `update` into the browser's own copy of a document, where y-indexeddb keeps it (see DocumentSession). */
async function plantInLocalCopy(page: Page, user: TestUser, documentId: string, update: Uint8Array): Promise<void> {
  const name = `yttra-${encodeURIComponent(user.id)}-${documentId}`;
  await page.evaluate(
    async ({ name, bytes }) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => {
          request.result.createObjectStore('updates', { autoIncrement: true });
          request.result.createObjectStore('custom');
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const transaction = request.result.transaction('updates', 'readwrite');
          transaction.objectStore('updates').add(new Uint8Array(bytes));
          transaction.oncomplete = () => {
            request.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      });
    },
    { name, bytes: [...update] },
  );
}

/** The document as the server has stored it: a fresh client's sync step 2 carries durable content only. */
async function storedText(baseUrl: string, user: TestUser, documentId: string): Promise<string> {
  const reader = connectClient(baseUrl, documentId, user.token);
  try {
    await waitForSync(reader);
    return reader.text();
  } finally {
    reader.destroy();
  }
}

// A browser whose local copy holds a change the server refuses resends it on every connection (the handshake
// sends all the server lacks). The page must stop, say that its edits are not saved, keep the text readable for
// copying, and offer a way back to the server's document, instead of showing "Sparar …" while it reconnects for good.
describe('a local change the server refuses', () => {
  const suite = useBrowserSuite();

  it('stops retrying, says the edits are not saved, and opens the server’s document once the copy is discarded', async () => {
    const { admin, chair } = suite.board.users;
    const documentId = await createDocument(suite.server.url, admin.token, 'Vägrad ändring');
    const writer = connectClient(suite.server.url, documentId, admin.token);
    await waitForSync(writer);
    writer.appendParagraph('Sekreterarens rad.');
    await waitFor(
      async () => (await storedText(suite.server.url, admin, documentId)).includes('Sekreterarens rad.'),
      10_000,
      'the secretary’s line to be stored',
    );

    // Written under the secretary's Yjs client id, which the server gave to the secretary: never the chair's.
    // (Set after loading: Yjs picks a new id for a document that receives structs under its own.)
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(writer.doc));
    forged.clientID = writer.doc.clientID;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(FORGED)]);
    forged.getXmlFragment(CONTENT_FRAGMENT).push([paragraph]);
    expect(Y.encodeStateVector(forged)).not.toEqual(Y.encodeStateVector(writer.doc));
    expect([...Y.decodeStateVector(Y.encodeStateVector(forged)).keys()]).toEqual([
      ...Y.decodeStateVector(Y.encodeStateVector(writer.doc)).keys(),
    ]);

    const { context, page } = await openAs(suite.browser, suite.server.url, chair);
    await page.goto('/');
    await plantInLocalCopy(page, chair, documentId, Y.encodeStateAsUpdate(forged));
    let syncSockets = 0;
    page.on('websocket', (socket) => {
      if (socket.url().includes(`/sync/${documentId}`)) syncSockets += 1;
    });
    await page.goto(`/d/${documentId}`);

    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toMatch(/inte sparade på servern/);
    expect(await statusOf(page).getAttribute('data-state')).toBe('refused');
    const socketsWhenRefused = syncSockets;
    expect(socketsWhenRefused).toBe(3);
    // The text stays on screen to select and copy from, and typing into it changes nothing any more.
    await expect.poll(() => editorOf(page).textContent()).toContain(FORGED);
    expect(await editorOf(page).getAttribute('aria-readonly')).toBe('true');
    const shown = await editorOf(page).textContent();
    await editorOf(page).locator('p').last().click();
    await page.keyboard.type('x');
    expect(await editorOf(page).textContent()).toBe(shown);
    const discard = page.getByRole('button', { name: 'Förkasta osparade ändringar och hämta dokumentet från servern' });
    await discard.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/yttra-unsavable-local-change.png', fullPage: true });
    await page.waitForTimeout(2_000);
    expect(syncSockets).toBe(socketsWhenRefused);
    expect(await storedText(suite.server.url, admin, documentId)).not.toContain(FORGED);

    // By keyboard from the top of the page, as someone who does not use a mouse would: a few Tabs reach it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let tabs = 0;
    while (!(await discard.evaluate((button) => button === document.activeElement)) && tabs < 12) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(tabs).toBeLessThan(12);
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toBe(SAVED);
    expect(await editorOf(page).textContent()).toContain('Sekreterarens rad.');
    expect(await editorOf(page).textContent()).not.toContain(FORGED);
    await typeIn(page, editorOf(page).locator('p').last(), ' Ordförandens tillägg.');
    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toBe(SAVED);
    await expect
      .poll(() => storedText(suite.server.url, admin, documentId), { timeout: 10_000 })
      .toContain('Ordförandens tillägg.');
    expect(writer.text()).not.toContain(FORGED);
    writer.destroy();
    await context.close();
  });

  it('tells someone whose write access ended while offline that those edits were not saved, and lets them go', async () => {
    const { admin, memberM, memberM2 } = suite.board.users;
    const documentId = await createDocument(suite.server.url, memberM.token, 'Skrivet utan nät');
    const { context, page } = await openAs(suite.browser, suite.server.url, memberM2);
    await page.goto(`/d/${documentId}`);
    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toBe(SAVED);

    await context.setOffline(true);
    await expect.poll(() => statusOf(page).getAttribute('data-state')).toBe('offline');
    await typeIn(page, editorOf(page).locator('p').last(), ' Skrivet på tåget.');
    // Meanwhile the board makes them a reviewer: they may read and comment, no longer write.
    const demoted = await fetch(
      `${suite.server.url}/api/organisations/${suite.board.organisationId}/members/${memberM2.id}`,
      {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
        body: JSON.stringify({ role: 'reviewer', partyGroupId: suite.board.groups.m }),
      },
    );
    expect(demoted.status, await demoted.text()).toBe(200);
    await context.setOffline(false);

    await expect
      .poll(() => statusOf(page).textContent(), { timeout: 15_000 })
      .toBe(
        'Du kan inte längre ändra texten, så dina senaste ändringar sparades inte. Kopiera text du vill behålla och hämta sedan dokumentet från servern igen.',
      );
    expect(await statusOf(page).getAttribute('data-state')).toBe('unsaved');
    expect(await editorOf(page).textContent()).toContain('Skrivet på tåget.');
    await expect.poll(() => editorOf(page).getAttribute('aria-readonly')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/yttra-write-access-ended.png', fullPage: true });
    expect(await storedText(suite.server.url, memberM, documentId)).not.toContain('Skrivet på tåget.');

    // By mouse this time.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Förkasta osparade ändringar och hämta dokumentet från servern' }).click(),
    ]);
    await expect
      .poll(() => statusOf(page).textContent(), { timeout: 15_000 })
      .toBe('Ansluten – du kan kommentera men inte ändra texten');
    expect(await editorOf(page).textContent()).not.toContain('Skrivet på tåget.');
    await context.close();
  });

  it('turns an open page read-only at once when write access ends, with nothing to report unsaved', async () => {
    const { admin, memberM, reviewerM } = suite.board.users;
    const documentId = await createDocument(suite.server.url, memberM.token, 'Rollbyte');
    // A second M member, as the test above demoted its own: made a member here, a reviewer below.
    const setRole = (role: 'member' | 'reviewer') =>
      fetch(`${suite.server.url}/api/organisations/${suite.board.organisationId}/members/${reviewerM.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
        body: JSON.stringify({ role, partyGroupId: suite.board.groups.m }),
      });
    expect((await setRole('member')).status).toBe(200);
    const { context, page } = await openAs(suite.browser, suite.server.url, reviewerM);
    await page.goto(`/d/${documentId}`);
    await expect.poll(() => statusOf(page).textContent(), { timeout: 15_000 }).toBe(SAVED);
    expect(await editorOf(page).getAttribute('aria-readonly')).toBeNull();

    expect((await setRole('reviewer')).status).toBe(200);
    // No reload: the server's "access narrowed" makes the page ask again what the account may do.
    await expect
      .poll(() => statusOf(page).textContent(), { timeout: 10_000 })
      .toBe('Ansluten – du kan kommentera men inte ändra texten');
    expect(await editorOf(page).getAttribute('aria-readonly')).toBe('true');
    expect(await page.getByRole('button', { name: /^Förkasta osparade ändringar/ }).count()).toBe(0);
    await context.close();
  });
});
