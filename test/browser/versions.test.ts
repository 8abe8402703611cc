import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { editorOf, typeIn, waitUntilSaved } from '../support/protocolEditorPage';
import { bearer } from '../support/testBoard';

const FIRST = 'Nämnden vill ha fasta lokala arbetsgrupper.';
const LATER_M = ' Uppföljning varje år.';
const LATER_M2 = ' Med polisen som part.';
const SCREENSHOTS = process.env.YTTRA_SCREENSHOTS;

const proposalParagraphs = (page: Page) =>
  page
    .getByRole('group', { name: 'Förslag 1', exact: true })
    .locator('.block__content > [data-node-view-content-react] > p');
const statusText = (page: Page) => page.locator('.comparison__status').textContent();

async function editorText(page: Page): Promise<string> {
  return editorOf(page).evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return clone.textContent ?? '';
  });
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

describe('version history in Chromium: a named version, edits, compare with keyboard stepping, restore', () => {
  const suite = useBrowserSuite({ VERSION_QUIET_MS: '60000' });

  it('saves a named version, compares it with later edits by two writers and restores it live', async () => {
    const { server, board } = suite;
    const api = (path: string, user: keyof typeof board.users, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(board.users[user]) },
        body: JSON.stringify(body),
      });
    const matter = await api('/api/matters', 'admin', {
      organisationId: 'hl',
      caseNumber: 'HL 2019/310',
      title: 'Samverkan',
    });
    const matterId = ((await matter.json()) as { matter: { id: string } }).matter.id;
    const draft = await api(`/api/matters/${matterId}/drafts`, 'memberM', { title: 'Yrkande', draftKind: 'proposal' });
    const draftId = ((await draft.json()) as { id: string }).id;

    const m = await openAs(suite.browser, server.url, board.users.memberM);
    await m.page.goto(`/d/${draftId}`);
    await waitUntilSaved(m.page);
    await typeIn(m.page, proposalParagraphs(m.page).first(), FIRST);
    await waitUntilSaved(m.page);

    // To the history, from the document's side panel; a named version of the text as it is.
    await m.page.getByRole('link', { name: 'Versionshistorik och jämförelse' }).click();
    await m.page.waitForURL(`**/d/${draftId}/versioner`);
    await expect.poll(() => m.page.getByRole('heading', { level: 1 }).textContent()).toBe('Versionshistorik: Yrkande');
    await m.page.getByLabel('Versionens namn').fill('Före ändringarna');
    await m.page.getByRole('button', { name: 'Spara version', exact: true }).click();
    await expect.poll(() => m.page.getByRole('status').first().textContent()).toContain('”Före ändringarna” är sparad');
    const item = m.page.locator('.version-list__item').filter({ hasText: 'Före ändringarna' });
    await expect.poll(() => item.textContent()).toContain('sparad av memberM');
    expect(await item.textContent()).toContain('Ändrat sedan förra versionen av: memberM');
    expect(await axeViolations(m.page)).toEqual([]);

    // Both M writers go on: M in this window, M2 in another browser.
    await m.page.getByRole('link', { name: 'Tillbaka till dokumentet' }).click();
    await waitUntilSaved(m.page);
    await typeIn(m.page, proposalParagraphs(m.page).first(), LATER_M);
    await waitUntilSaved(m.page);
    const m2 = await openAs(suite.browser, server.url, board.users.memberM2);
    await m2.page.goto(`/d/${draftId}`);
    await waitUntilSaved(m2.page);
    await expect.poll(() => editorText(m2.page)).toContain(LATER_M.trim());
    await typeIn(m2.page, proposalParagraphs(m2.page).first(), LATER_M2);
    await waitUntilSaved(m2.page);
    await expect.poll(() => editorText(m.page)).toContain(LATER_M2.trim());

    // Compared with now: both writers' additions marked, in a legend by name.
    await m.page.getByRole('link', { name: 'Versionshistorik och jämförelse' }).click();
    await screenshot(m.page, 'versions-before-compare');
    await m.page.getByRole('button', { name: 'Jämför med nu: Före ändringarna' }).click();
    const comparison = m.page.getByRole('region', { name: /^Jämförelse/ });
    await expect.poll(() => m.page.locator('ins.comparison__change').count()).toBe(2);
    const added = await m.page
      .locator('ins.comparison__change')
      .evaluateAll((marks) =>
        marks.map((mark) => [mark.getAttribute('data-author'), mark.lastChild?.previousSibling?.textContent]),
      );
    expect(added).toEqual([
      ['memberM', LATER_M],
      ['memberM2', LATER_M2],
    ]);
    const legend = m.page.getByRole('region', { name: 'Teckenförklaring' });
    expect(await legend.textContent()).toContain('memberM (1)');
    expect(await legend.textContent()).toContain('memberM2 (1)');
    // Different colours for the two authors, and never colour alone (underlined).
    const styles = await m.page
      .locator('ins.comparison__change')
      .evaluateAll((marks) =>
        marks.map((mark) => [getComputedStyle(mark).color, getComputedStyle(mark).textDecorationLine]),
      );
    expect(styles[0]?.[0]).not.toBe(styles[1]?.[0]);
    expect(styles.map((style) => style[1])).toEqual(['underline', 'underline']);
    expect(await comparison.count()).toBe(1);
    expect(await axeViolations(m.page)).toEqual([]);

    // Stepping by keyboard: N forward, P back, wrapping.
    await m.page.getByRole('region', { name: 'Jämförd text' }).focus();
    await m.page.keyboard.press('n');
    await expect.poll(() => statusText(m.page)).toBe('Ändring 1 av 2: tillagt av memberM.');
    expect(await m.page.evaluate(() => document.activeElement?.getAttribute('data-author'))).toBe('memberM');
    await m.page.keyboard.press('n');
    await expect.poll(() => statusText(m.page)).toBe('Ändring 2 av 2: tillagt av memberM2.');
    expect(await m.page.evaluate(() => document.activeElement?.getAttribute('data-author'))).toBe('memberM2');
    await m.page.keyboard.press('n');
    await expect.poll(() => statusText(m.page)).toBe('Ändring 1 av 2: tillagt av memberM.');
    await m.page.keyboard.press('p');
    await expect.poll(() => statusText(m.page)).toBe('Ändring 2 av 2: tillagt av memberM2.');
    await screenshot(m.page, 'versions-compare');

    // Restored from the comparison; M2, still writing in the draft, sees the text go back at once.
    await comparison.getByRole('button', { name: 'Återställ Före ändringarna' }).click();
    const dialog = m.page.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toContain('nuvarande text sparas först som en version');
    expect(await axeViolations(m.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
    await expect.poll(() => m.page.locator('.versions-notice').textContent()).toContain('är återställd');
    await expect.poll(() => editorText(m2.page), { timeout: 10_000 }).not.toContain(LATER_M2.trim());
    expect(await editorText(m2.page)).toContain(FIRST);
    expect(await editorText(m2.page)).not.toContain(LATER_M.trim());
    const titles = await m.page.locator('.version-list__title').allTextContents();
    expect(titles.slice(0, 3)).toEqual(['Återställd: Före ändringarna', 'Sparad automatiskt', 'Före ändringarna']);
    await screenshot(m.page, 'versions-restored');
    await screenshot(m2.page, 'versions-restored-live');
    await m.context.close();
    await m2.context.close();
  });
});
