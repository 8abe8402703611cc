import type { RunningServer } from '@yttra/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CLIENT_DIST, launchBrowser, openAs } from '../support/browser';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

const editorOf = (page: Page) => page.locator('.ProseMirror[aria-label="Dokumenttext"]');
const statusOf = (page: Page) => page.getByTestId('connection-status');

async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = editorOf(page);
  await editor.click();
  // ProseMirror reads the selection after the click's events settle; keys pressed sooner can land at the top.
  await page.waitForTimeout(100);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text, { delay: 5 });
}

/** Editor text without the collaboration caret labels that live inside it. */
async function editorText(page: Page): Promise<string> {
  return editorOf(page).evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    // Blocks joined without separators; the assertions look for phrases, not line breaks.
    return clone.textContent ?? '';
  });
}

describe('collaborative editing in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const dataDir = makeDataDir();

  beforeAll(async () => {
    server = await startTestServer({ dataDir: dataDir.dataDir, environment: { CLIENT_DIR: CLIENT_DIST } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    dataDir.remove();
  });

  it('creates a document from the start page, asks for a name once, and passes axe on both pages', async () => {
    const { context, page } = await openAs(browser, server.url);
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Yttra');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Titel').fill('Yttrande om samverkan');
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    await page.getByLabel('Ditt namn').fill('Anna Andersson');
    await page.getByRole('button', { name: 'Fortsätt' }).click();
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => editorText(page)).toContain('Yttrande om samverkan');
    await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/');
    await expect.poll(() => page.getByRole('link', { name: /Yttrande om samverkan/ }).count()).toBe(1);
    await page.getByRole('link', { name: /Yttrande om samverkan/ }).click();
    await page.waitForURL(/\/d\//);
    // The name is remembered: no second question.
    expect(await page.getByLabel('Ditt namn').count()).toBe(0);
    await context.close();
  });

  it('lets two people edit one document and see each other’s text and caret, and keeps it over a reload', async () => {
    const documentId = await createDocument(server.url, 'Gemensamt yttrande');
    const anna = await openAs(browser, server.url, 'Anna');
    const bertil = await openAs(browser, server.url, 'Bertil');
    await anna.page.goto(`/d/${documentId}`);
    await bertil.page.goto(`/d/${documentId}`);
    for (const { page } of [anna, bertil]) {
      await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
    }

    await typeAtEnd(anna.page, 'Anna skriver ett tillägg.');
    await expect.poll(() => editorText(bertil.page), { timeout: 10_000 }).toContain('Anna skriver ett tillägg.');
    await typeAtEnd(bertil.page, 'Bertil svarar.');
    await expect.poll(() => editorText(anna.page), { timeout: 10_000 }).toContain('Bertil svarar.');
    await expect
      .poll(() => anna.page.locator('.collaboration-carets__label').allTextContents(), { timeout: 10_000 })
      .toContain('Bertil');
    await expect
      .poll(() => bertil.page.locator('.collaboration-carets__label').allTextContents(), { timeout: 10_000 })
      .toContain('Anna');

    await anna.page.reload();
    await expect.poll(() => editorText(anna.page), { timeout: 10_000 }).toContain('Bertil svarar.');
    expect((await editorText(anna.page)).split('Anna skriver ett tillägg.').length - 1).toBe(1);
    await anna.context.close();
    await bertil.context.close();
  });

  it('keeps edits made offline and merges them when the connection returns', async () => {
    const documentId = await createDocument(server.url, 'Offlineprov');
    const anna = await openAs(browser, server.url, 'Anna');
    const bertil = await openAs(browser, server.url, 'Bertil');
    await anna.page.goto(`/d/${documentId}`);
    await bertil.page.goto(`/d/${documentId}`);
    for (const { page } of [anna, bertil]) {
      await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
    }

    await bertil.context.setOffline(true);
    await expect.poll(() => statusOf(bertil.page).getAttribute('data-state')).toBe('offline');
    expect(await statusOf(bertil.page).textContent()).toContain('Offline');
    await typeAtEnd(bertil.page, 'Skrivet på tåget utan nät.');
    await typeAtEnd(anna.page, 'Skrivet på kontoret.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await editorText(anna.page)).not.toContain('Skrivet på tåget utan nät.');

    await bertil.context.setOffline(false);
    for (const { page } of [anna, bertil]) {
      await expect.poll(() => editorText(page), { timeout: 15_000 }).toContain('Skrivet på tåget utan nät.');
      await expect.poll(() => editorText(page), { timeout: 15_000 }).toContain('Skrivet på kontoret.');
    }
    await expect.poll(async () => (await editorText(anna.page)) === (await editorText(bertil.page))).toBe(true);
    await anna.context.close();
    await bertil.context.close();
  });
});
