import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// Helpers for driving the protocol paragraph editor in Chromium: finding sections and generated sentences,
// typing into fields and the editor the way a person does, inserting blocks and downloading exports.

export interface TestPerson {
  name: string;
  party: string;
  andOthers?: boolean;
}

export const editorOf = (page: Page) => page.locator('.ProseMirror[aria-label="Dokumenttext"]');
export const statusOf = (page: Page) => page.getByTestId('connection-status');
export const sectionOf = (page: Page, sectionId: string) =>
  page.locator(`.protocol-section[data-section-id="${sectionId}"]`);
/** The paragraphs standing directly in a section (not those inside its blocks). */
export const sectionParagraphs = (page: Page, sectionId: string) =>
  sectionOf(page, sectionId).locator('.protocol-section__content > [data-node-view-content-react] > p');
export const generated = (scope: Page | Locator, name: string) => scope.locator(`[data-generated="${name}"]`);
export const groupNamed = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
}

/** Clicks into editable text and types at its end. */
export async function typeIn(page: Page, target: Locator, text: string): Promise<void> {
  await target.click();
  // ProseMirror reads the selection after the click's events settle; keys pressed sooner can land elsewhere.
  await page.waitForTimeout(100);
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 5 });
}

/** Inserts a block through the toolbar's "Infoga" menu; the focus returns to the text in an animation frame. */
export async function insertFromMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Infoga' }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: label, exact: true }).click();
  await expect.poll(() => page.getByRole('menu').count()).toBe(0);
  await page.waitForTimeout(150);
}

/** Types into a form field from the keyboard, replacing what it held. */
export async function typeInField(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('Control+a');
  await field.pressSequentially(text, { delay: 5 });
}

/** Adds people to a person list through its "Lägg till person" form, then closes the form. */
export async function addPeople(list: Locator, people: readonly TestPerson[]): Promise<void> {
  await list.getByRole('button', { name: /^Lägg till person/ }).click();
  for (const person of people) {
    // The form puts the focus in Namn, and back there after each person.
    await list.page().keyboard.type(person.name, { delay: 5 });
    await list.getByLabel('Parti', { exact: true }).selectOption(person.party);
    if (person.andOthers) await list.getByLabel('m.fl.', { exact: true }).check();
    await list.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => list.locator('.person__chip').allTextContents()).toContain(chipText(person));
  }
  await list.getByRole('button', { name: 'Stäng', exact: true }).click();
}

export const chipText = (person: TestPerson) => `${person.name}${person.andOthers ? ' m.fl.' : ''} (${person.party})`;

/** `needles` occur in `text` in this order; returns the first one that does not. */
export function firstOutOfOrder(text: string, needles: readonly string[]): string | undefined {
  let from = 0;
  for (const needle of needles) {
    const index = text.indexOf(needle, from);
    if (index === -1) return needle;
    from = index + needle.length;
  }
  return undefined;
}

/** Creates a protocol document from the start page (the default kind) and waits until it is open and saved. */
export async function createProtocolDocument(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await typeInField(page.getByLabel('Titel'), title);
  expect(await page.getByRole('radio', { name: 'Protokollsparagraf (remissvar)' }).isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Skapa dokument' }).click();
  await page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
  await waitUntilSaved(page);
}

export async function download(page: Page, linkName: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  const path = await file.path();
  return readFile(path);
}
