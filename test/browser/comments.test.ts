import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { createDocument } from '../support/testServer';

const TEXT = 'Nämnden vill ha fasta lokala arbetsgrupper i varje stadsdel.';
const WORD = 'arbetsgrupper';
const COMMENT = 'Vilka ska ingå i arbetsgrupperna?';
const REPLY = 'Polisen och stadsdelsförvaltningen.';

const editorOf = (page: Page) => page.locator('.ProseMirror[aria-label="Dokumenttext"]');
const sidebarOf = (page: Page) => page.getByRole('complementary', { name: 'Kommentarer' });
const threadsOf = (page: Page) => sidebarOf(page).locator('.comment-thread');

async function waitUntilSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('connection-status').getAttribute('data-state'), { timeout: 10_000 })
    .toBe('synced');
}

async function editorText(page: Page): Promise<string> {
  return editorOf(page).evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return clone.textContent ?? '';
  });
}

/** Selects `word` in the text the way a reader does: a double click on it. */
async function selectWord(page: Page, word: string): Promise<void> {
  await editorOf(page).getByText(word, { exact: false }).first().waitFor();
  const box = await editorOf(page).evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(target) ?? -1;
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + target.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return null;
  }, word);
  if (box === null) throw new Error(`${word} is not in the text`);
  await page.mouse.dblclick(box.x, box.y);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe(word);
  // ProseMirror reads the selection on selectionchange.
  await page.waitForTimeout(100);
}

describe('inline review comments in Chromium', () => {
  const suite = useBrowserSuite();

  it('lets a reviewer comment on a selection, the author reply and resolve, both live', async () => {
    const documentId = await createDocument(
      suite.server.url,
      suite.board.users.memberM.token,
      'Samverkan – anteckningar',
    );

    const m = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    await m.page.goto(`/d/${documentId}`);
    await waitUntilSaved(m.page);
    await editorOf(m.page).click();
    await m.page.waitForTimeout(100);
    await m.page.keyboard.press('Control+End');
    await m.page.keyboard.press('Enter');
    await m.page.keyboard.type(TEXT, { delay: 5 });
    await waitUntilSaved(m.page);
    await expect.poll(() => sidebarOf(m.page).textContent()).toContain('0 öppna');

    // The reviewer reads only, but selects and comments from the keyboard shortcut.
    const r = await openAs(suite.browser, suite.server.url, suite.board.users.reviewerM);
    await r.page.goto(`/d/${documentId}`);
    await waitUntilSaved(r.page);
    await expect.poll(() => editorText(r.page), { timeout: 10_000 }).toContain(TEXT);
    expect(await editorOf(r.page).getAttribute('aria-readonly')).toBe('true');
    await selectWord(r.page, WORD);
    await r.page.keyboard.press('Control+Alt+m');
    const form = sidebarOf(r.page).getByRole('region', { name: 'Ny kommentar' });
    await expect.poll(() => form.count()).toBe(1);
    expect(await form.textContent()).toContain(WORD);
    // The focus moves to the form's field.
    await expect
      .poll(() => r.page.evaluate(() => document.activeElement?.id))
      .toBe(await form.getByLabel('Kommentar', { exact: true }).getAttribute('id'));
    expect(await axeViolations(r.page)).toEqual([]);
    await r.page.keyboard.type(COMMENT, { delay: 2 });
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(() => threadsOf(r.page).count()).toBe(1);
    expect(await threadsOf(r.page).first().textContent()).toContain(COMMENT);
    expect(await sidebarOf(r.page).textContent()).toContain('1 öppen');

    // The author sees it arrive without reloading, highlighted in the text.
    await expect.poll(() => threadsOf(m.page).count(), { timeout: 10_000 }).toBe(1);
    const thread = threadsOf(m.page).first();
    expect(await thread.textContent()).toContain(COMMENT);
    expect(await thread.textContent()).toContain('reviewerM');
    await expect.poll(() => editorOf(m.page).locator('.comment-highlight').allTextContents()).toEqual([WORD]);
    expect(await axeViolations(m.page)).toEqual([]);

    // The author replies, mentioning the reviewer, then resolves; the reviewer sees both live.
    await thread.getByLabel('Ditt svar', { exact: true }).fill(REPLY);
    const mention = thread
      .getByRole('group', { name: 'Nämn' })
      .getByRole('checkbox', { name: 'reviewerM', exact: true });
    await mention.check();
    expect(await axeViolations(m.page)).toEqual([]);
    await thread.getByRole('button', { name: 'Svara', exact: true }).click();
    await expect.poll(() => threadsOf(r.page).first().textContent(), { timeout: 10_000 }).toContain(REPLY);
    await expect
      .poll(() => threadsOf(r.page).first().locator('.comment__mentions').allTextContents(), { timeout: 10_000 })
      .toEqual(['Nämner: reviewerM']);
    expect(await mention.isChecked()).toBe(false);
    expect(await thread.getByRole('alert').count()).toBe(0);
    await thread.getByRole('button', { name: 'Lös', exact: true }).click();
    await expect.poll(() => sidebarOf(r.page).textContent(), { timeout: 10_000 }).toContain('0 öppna');
    await expect.poll(() => threadsOf(r.page).count()).toBe(0);
    await expect.poll(() => editorOf(r.page).locator('.comment-highlight').count()).toBe(0);
    await sidebarOf(r.page).getByRole('radio', { name: 'Lösta' }).check();
    await expect.poll(() => threadsOf(r.page).count()).toBe(1);
    expect(await threadsOf(r.page).first().getByRole('button', { name: 'Återöppna' }).count()).toBe(1);
    expect(await axeViolations(r.page)).toEqual([]);

    // Typing into the read-only text changes nothing.
    await editorOf(r.page).click();
    await r.page.keyboard.type('XYZ', { delay: 5 });
    await r.page.waitForTimeout(500);
    expect(await editorText(r.page)).not.toContain('XYZ');
    expect(await editorText(m.page)).not.toContain('XYZ');

    await r.context.close();
    await m.context.close();
  });

  it('lets an administrator hide a comment on a free document, live for the others', async () => {
    const documentId = await createDocument(suite.server.url, suite.board.users.memberM.token, 'Fritt – anteckningar');

    const m = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    await m.page.goto(`/d/${documentId}`);
    await waitUntilSaved(m.page);
    await editorOf(m.page).click();
    await m.page.waitForTimeout(100);
    await m.page.keyboard.press('Control+End');
    await m.page.keyboard.press('Enter');
    await m.page.keyboard.type(TEXT, { delay: 5 });
    await waitUntilSaved(m.page);
    await selectWord(m.page, WORD);
    await m.page.keyboard.press('Control+Alt+m');
    const form = sidebarOf(m.page).getByRole('region', { name: 'Ny kommentar' });
    await expect.poll(() => form.count()).toBe(1);
    await form.getByLabel('Kommentar', { exact: true }).fill(COMMENT);
    await form.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => threadsOf(m.page).count()).toBe(1);
    // Nobody but an administrator is offered to hide, not even on others' comments.
    expect(await threadsOf(m.page).first().getByRole('button', { name: 'Dölj' }).count()).toBe(0);

    const a = await openAs(suite.browser, suite.server.url, suite.board.users.admin);
    await a.page.goto(`/d/${documentId}`);
    await expect.poll(() => threadsOf(a.page).count(), { timeout: 10_000 }).toBe(1);
    const hide = threadsOf(a.page).first().getByRole('button', { name: 'Dölj', exact: true });
    await expect.poll(() => hide.count(), { timeout: 10_000 }).toBe(1);
    expect(await axeViolations(a.page)).toEqual([]);
    await hide.click();

    await expect
      .poll(() => threadsOf(m.page).first().textContent(), { timeout: 10_000 })
      .toContain('Dold av administratör');
    expect(await threadsOf(m.page).first().textContent()).not.toContain(COMMENT);
    await expect.poll(() => threadsOf(a.page).first().textContent()).toContain('Dold av administratör');
    expect(await hide.count()).toBe(0);
    expect(await axeViolations(a.page)).toEqual([]);

    await a.context.close();
    await m.context.close();
  });
});
