import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, CLIENT_DIST, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { editorOf, statusOf } from '../support/protocolEditorPage';
import { createDocument, makeDataDir, startTestServer } from '../support/testServer';

const h1Of = (page: Page) => page.getByRole('heading', { level: 1 });

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
  const suite = useBrowserSuite();

  it('shows the sign-in page to anyone signed out, and passes axe on it', async () => {
    const { context, page } = await openAs(suite.browser, suite.server.url);
    await page.goto('/d/abcdef123456');
    await expect.poll(() => h1Of(page).textContent()).toBe('Logga in');
    // Shown in place of the page asked for: the address stays.
    expect(new URL(page.url()).pathname).toBe('/d/abcdef123456');
    expect(await page.getByLabel('E-postadress', { exact: true }).getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Lösenord', { exact: true }).getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Logga in', exact: true }).count()).toBe(1);
    // No OIDC provider is configured in this server: no link to one.
    expect(await page.getByRole('link', { name: 'Logga in med kommunens inloggning' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // An empty form is refused without a round trip, and says what is missing.
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Skriv din e-postadress.');
    expect(await page.getByLabel('E-postadress', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('offers the municipality’s sign-in when the server has one, and tells how long to wait after failures', async () => {
    const oidcData = makeDataDir();
    const withOidc = await startTestServer({
      dataDir: oidcData.dataDir,
      environment: {
        CLIENT_DIR: CLIENT_DIST,
        // Never contacted here: the provider is only asked once someone follows the link.
        OIDC_ISSUER: 'http://127.0.0.1:9/oidc',
        OIDC_CLIENT_ID: 'yttra',
        OIDC_CLIENT_SECRET: 'hemligt',
        OIDC_REDIRECT_URI: 'http://127.0.0.1:9/auth/oidc/callback',
        LOGIN_MAX_FAILURES: '1',
      },
    });
    try {
      const { context, page } = await openAs(suite.browser, withOidc.url);
      await page.goto('/arenden/abc?flik=utkast');
      const link = page.getByRole('link', { name: 'Logga in med kommunens inloggning' });
      await expect.poll(() => link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe('/auth/oidc/login?returnTo=%2Farenden%2Fabc%3Fflik%3Dutkast');
      expect(await axeViolations(page)).toEqual([]);

      // One failure is the limit here: the next attempt is refused for the rest of the window.
      for (const expected of ['Fel e-postadress eller lösenord', 'Försök igen om 15 minuter.']) {
        await page.getByLabel('E-postadress', { exact: true }).fill('nagon@test.yttra.se');
        await page.getByLabel('Lösenord', { exact: true }).fill('fel');
        await page.getByRole('button', { name: 'Logga in', exact: true }).click();
        await expect.poll(() => page.getByRole('alert').textContent()).toContain(expected);
      }
      expect(await page.getByRole('alert').textContent()).toMatch(/^För många misslyckade inloggningar/);
      await context.close();
    } finally {
      await withOidc.close();
      oidcData.remove();
    }
  });

  it('creates a note from the matters page with the account’s name, and passes axe on both pages', async () => {
    const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    await page.goto('/');
    await expect.poll(() => h1Of(page).textContent()).toBe('Ärenden');
    expect(await page.getByRole('banner').textContent()).toContain('Inloggad som memberM');
    await expect.poll(() => page.getByText('Nämnden har inga ärenden än.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Titel', { exact: true }).fill('Yttrande om samverkan');
    await page.getByRole('radio', { name: 'Fritt dokument' }).check();
    await page.getByRole('button', { name: 'Skapa dokument' }).click();
    await page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
    await expect.poll(() => editorText(page)).toContain('Yttrande om samverkan');
    await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
    // No name is asked for any more: the account's name is used.
    expect(await page.getByLabel('Ditt namn').count()).toBe(0);
    expect(await page.getByRole('banner').textContent()).toContain('memberM');
    expect(await page.getByText('Du kan läsa men inte ändra').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await expect.poll(() => page.getByRole('link', { name: /Yttrande om samverkan/ }).count()).toBe(1);
    await page.getByRole('link', { name: /Yttrande om samverkan/ }).click();
    await page.waitForURL(/\/d\//);
    await expect.poll(() => editorText(page)).toContain('Yttrande om samverkan');
    await context.close();
  });

  it('lets two people edit one document and see each other’s text and caret, and keeps it over a reload', async () => {
    const documentId = await createDocument(suite.server.url, suite.board.users.memberM.token, 'Gemensamt yttrande');
    // Two members of one party group: presence is shared within a group.
    const anna = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    const bertil = await openAs(suite.browser, suite.server.url, suite.board.users.memberM2);
    await anna.page.goto(`/d/${documentId}`);
    await bertil.page.goto(`/d/${documentId}`);
    for (const { page } of [anna, bertil]) {
      await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
    }

    await typeAtEnd(anna.page, 'Anna skriver ett tillägg.');
    await expect.poll(() => editorText(bertil.page), { timeout: 10_000 }).toContain('Anna skriver ett tillägg.');
    await typeAtEnd(bertil.page, 'Bertil svarar.');
    await expect.poll(() => editorText(anna.page), { timeout: 10_000 }).toContain('Bertil svarar.');
    // The carets carry the names of the accounts.
    await expect
      .poll(() => anna.page.locator('.collaboration-carets__label').allTextContents(), { timeout: 10_000 })
      .toContain('memberM2');
    await expect
      .poll(() => bertil.page.locator('.collaboration-carets__label').allTextContents(), { timeout: 10_000 })
      .toContain('memberM');

    await anna.page.reload();
    await expect.poll(() => editorText(anna.page), { timeout: 10_000 }).toContain('Bertil svarar.');
    expect((await editorText(anna.page)).split('Anna skriver ett tillägg.').length - 1).toBe(1);
    await anna.context.close();
    await bertil.context.close();
  });

  it('keeps edits made offline and merges them when the connection returns', async () => {
    const documentId = await createDocument(suite.server.url, suite.board.users.memberM.token, 'Offlineprov');
    const anna = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    const bertil = await openAs(suite.browser, suite.server.url, suite.board.users.memberM2);
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

  it('lets a reviewer read a note but not change it', async () => {
    const documentId = await createDocument(suite.server.url, suite.board.users.memberM.token, 'Bara läsning');
    const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users.reviewerM);
    await page.goto(`/d/${documentId}`);
    await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
    await expect.poll(() => page.getByText('du kan kommentera men inte ändra texten').count()).toBe(1);
    expect(await editorOf(page).getAttribute('aria-readonly')).toBe('true');
    expect(await page.getByRole('toolbar').count()).toBe(0);
    expect(await editorText(page)).toContain('Bara läsning');
    // The keyboard moves the caret and selects (to comment on a selection), but typing changes nothing.
    await editorOf(page).focus();
    await page.keyboard.press('Control+Home');
    for (let step = 0; step < 4; step++) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => window.getSelection()?.toString().length)).toBe(4);
    await page.keyboard.type('XYZ');
    await page.keyboard.press('Backspace');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await editorText(page)).not.toContain('XYZ');
    expect(await editorText(page)).toContain('Bara läsning');
    await context.close();
  });

  it('shows the sign-in page in place of a document whose socket says the session has ended (4401)', async () => {
    const documentId = await createDocument(suite.server.url, suite.board.users.memberL.token, 'Sessionen tar slut');
    const session = await suite.server.accounts.startSession(suite.board.users.memberL.id);
    const { context, page } = await openAs(suite.browser, suite.server.url, { session: { cookie: session.token } });
    await page.goto(`/d/${documentId}`);
    await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');

    // The session ends on the server; the next connection of the open page is refused with 4401.
    await suite.server.accounts.endSession(session.token);
    await context.setOffline(true);
    await expect.poll(() => statusOf(page).getAttribute('data-state')).toBe('offline');
    await context.setOffline(false);
    await expect.poll(() => h1Of(page).textContent(), { timeout: 15_000 }).toBe('Logga in');
    expect(new URL(page.url()).pathname).toBe(`/d/${documentId}`);
    expect(await page.getByRole('status').textContent()).toContain('Du har blivit utloggad');

    // Signing in again opens the document right there.
    await page.getByLabel('E-postadress', { exact: true }).fill(suite.board.users.memberL.email);
    await page.getByLabel('Lösenord', { exact: true }).fill('testlösenord-1');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
    await expect.poll(() => editorText(page)).toContain('Sessionen tar slut');
    await context.close();
  });

  it('signs out here, and everywhere: every other browser of the account is signed out too', async () => {
    const user = suite.board.users.reviewerV;
    const second = await suite.server.accounts.startSession(user.id);
    const here = await openAs(suite.browser, suite.server.url, user);
    const elsewhere = await openAs(suite.browser, suite.server.url, { session: { cookie: second.token } });
    for (const { page } of [here, elsewhere]) {
      await page.goto('/');
      await expect.poll(() => h1Of(page).textContent()).toBe('Ärenden');
    }

    await here.page.getByRole('button', { name: 'Logga ut överallt' }).click();
    await here.page.waitForURL(/\/logga-in$/);
    await expect.poll(() => h1Of(here.page).textContent()).toBe('Logga in');
    expect(await here.page.getByRole('status').textContent()).toContain('Du är utloggad på alla enheter');
    await elsewhere.page.reload();
    await expect.poll(() => h1Of(elsewhere.page).textContent()).toBe('Logga in');

    // Signing in again through the form brings the user back to where the sign-in page was asked for.
    await here.page.goto('/logga-in?returnTo=%2F');
    await here.page.getByLabel('E-postadress', { exact: true }).fill(user.email);
    await here.page.getByLabel('Lösenord', { exact: true }).fill('fel lösenord');
    await here.page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await expect.poll(() => here.page.getByRole('alert').textContent()).toBe('Fel e-postadress eller lösenord');
    await here.page.getByLabel('Lösenord', { exact: true }).fill('testlösenord-1');
    await here.page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await here.page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => h1Of(here.page).textContent()).toBe('Ärenden');
    await here.page.getByRole('button', { name: 'Logga ut', exact: true }).click();
    await expect.poll(() => h1Of(here.page).textContent()).toBe('Logga in');
    await here.context.close();
    await elsewhere.context.close();
  });
});
