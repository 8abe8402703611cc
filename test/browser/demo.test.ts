import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { compareWithSeed } from '@yttra/domain';
import { readSeedText } from '@yttra/domain/fixtures';
import type { RunningServer } from '@yttra/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, CLIENT_DIST, launchBrowser } from '../support/browser';
import { demoApi } from '../support/demoApi';
import { editorOf, statusOf, waitUntilSaved } from '../support/protocolEditorPage';
import { makeDataDir, startTestServer } from '../support/testServer';

const run = promisify(execFile);
const MAJORITY = 'Förslag till beslut från L, M, MP och C';
const STATEMENT_V_S = 'Särskilt uttalande från V och S';
const STATEMENT_SD = 'Särskilt uttalande från SD';
const RESERVATION = 'Reservation från V, S och SD';

const h1Of = (page: Page) => page.getByRole('heading', { level: 1 });
const regionOf = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const dialogOf = (page: Page) => page.getByRole('dialog').or(page.getByRole('alertdialog'));

/** Nothing sticks out sideways, and the header's every control is inside the window. */
async function layoutAt390(page: Page): Promise<{ scrollWidth: number; headerOverflow: string[] }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    headerOverflow: [...document.querySelectorAll('header a, header button, header h1, header span')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < 0 || box.right > window.innerWidth);
      })
      .map((element) => element.textContent ?? ''),
  }));
}

describe('the demo matter in Chromium: a newcomer sees the story, and finishes it', () => {
  const dataDir = makeDataDir();
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let matterPath = '';
  let approvedChecksum = '';

  /** A newcomer's first visit: the sign-in page, the demo account's e-mail and password, Enter. */
  /** Names the chair and a justerare as the secretary, and both approve: the paragraph is justered. */
  async function justerThroughApi(matterId: string): Promise<void> {
    const api = demoApi(server.url);
    const justering = `/api/matters/${matterId}/justering`;
    type Choices = { candidates: { userId: string; name: string }[] };
    const { json: choices } = await api.call<Choices>('sekreterare', 'GET', justering);
    const idOf = (name: string) => choices.candidates.find((candidate) => candidate.name === name)!.userId;
    const named = await api.call('sekreterare', 'PUT', justering, {
      chairUserId: idOf('Olle Ordförande'),
      justerareUserIds: [idOf('Maria Ljuslin (V)')],
      plannedDate: '2019-09-05',
      keptAt: 'Hägersten-Liljeholmens stadsdelsförvaltning',
    });
    expect(named.status).toBe(200);
    expect((await api.call('ordforande', 'POST', `${justering}/approve`)).status).toBe(200);
    expect((await api.call('v', 'POST', `${justering}/approve`)).status).toBe(200);
  }

  async function signIn(who: string, width = 1280): Promise<Page> {
    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'sv-SE',
      acceptDownloads: true,
      viewport: { width, height: 900 },
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('E-postadress', { exact: true }).fill(`${who}@demo.yttra.se`);
    await page.getByLabel('Lösenord', { exact: true }).fill('yttra-demo');
    await page.keyboard.press('Enter');
    await expect.poll(() => h1Of(page).textContent(), { timeout: 15_000 }).toBe('Ärenden');
    return page;
  }

  async function download(page: Page, linkName: string): Promise<string> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: linkName, exact: true }).click(),
    ]);
    return file.path();
  }

  beforeAll(async () => {
    server = await startTestServer({
      dataDir: dataDir.dataDir,
      environment: { CLIENT_DIR: CLIENT_DIST, YTTRA_MODE: 'demo' },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    dataDir.remove();
  });

  it('tells every role in one click what it does, and shows drafts and tabled versions at once', async () => {
    const roles = [
      ['m', 'ledamot', 'Öppna era utkast i HL 2019/310', 'Våra utkast'],
      ['granskare', 'granskare', 'Granska utkasten i HL 2019/310', 'Våra utkast'],
      ['ordforande', 'ordförande', 'Se förslagen i HL 2019/310', 'Inlämnade handlingar'],
      ['sekreterare', 'nämndsekreterare', 'Sammanställ paragrafen i HL 2019/310', 'Sammanställ paragrafen'],
    ] as const;
    for (const [who, roleName, linkName, startSection] of roles) {
      const page = await signIn(who);
      const guide = regionOf(page, `Det här gör du som ${roleName}`);
      await guide.waitFor();
      expect(await axeViolations(page), who).toEqual([]);
      await guide.getByRole('link', { name: linkName }).click();
      await expect.poll(() => h1Of(page).textContent()).toContain('Övergripande samverkansöverenskommelse');
      matterPath = new URL(page.url()).pathname;
      // The link lands where the role begins: that section's heading has the focus and stands in view.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent), { message: who })
        .toBe(startSection);
      const heading = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
      expect(heading, who).toBeGreaterThanOrEqual(0);
      expect(heading, who).toBeLessThan(await page.evaluate(() => window.innerHeight / 2));
      const tabled = regionOf(page, 'Inlämnade handlingar');
      await expect.poll(() => tabled.getByRole('listitem').count(), { message: who }).toBe(3);
      if (who === 'm') {
        const drafts = regionOf(page, 'Våra utkast');
        expect(await drafts.getByRole('link', { name: MAJORITY }).count()).toBe(1);
        expect(await drafts.textContent()).toContain('Inlämnad version 1');
      }
      expect(await axeViolations(page), who).toEqual([]);
      await page.context().close();
    }
  });

  it('says what a reviewer and a reader can do, and a refusal once with nobody present', async () => {
    const reviewer = await signIn('granskare');
    await reviewer.goto(matterPath);
    await regionOf(reviewer, 'Våra utkast').getByRole('link', { name: MAJORITY }).click();
    await expect
      .poll(() => statusOf(reviewer).textContent())
      .toBe('Ansluten – du kan kommentera men inte ändra texten');
    // The waiting comment, and the draft's fields as text: nothing here looks like a form to fill in.
    await expect
      .poll(() => reviewer.getByRole('complementary', { name: 'Kommentarer' }).textContent())
      .toContain('fältassistenterna');
    expect(await editorOf(reviewer).locator('input, select').count()).toBe(0);
    expect(await reviewer.getByRole('button', { name: 'Infoga' }).count()).toBe(0);
    const draftPath = new URL(reviewer.url()).pathname;

    const v = await signIn('v');
    await v.goto(draftPath);
    // Another party's draft is refused exactly as a document that does not exist.
    const refusal = 'Dokumentet finns inte, eller så har du inte behörighet att öppna det.';
    await expect.poll(() => v.getByText(refusal).count()).toBe(1);
    expect(await statusOf(v).getAttribute('data-state')).toBe('refused');
    expect(await v.getByRole('heading', { name: 'Andra i dokumentet' }).count()).toBe(0);
    expect(await editorOf(v).count()).toBe(0);
    expect(await axeViolations(v)).toEqual([]);
    await v.goto(matterPath);
    await regionOf(v, 'Protokollsparagraf').getByRole('link').click();
    await expect.poll(() => statusOf(v).textContent()).toBe('Ansluten – du kan läsa men inte ändra texten');
    // Each open page holds a stream; Chromium keeps six connections per server over HTTP/1.1.
    await reviewer.context().close();
    await v.context().close();
  });

  it('keeps the toolbar in view on the long paragraph', async () => {
    const secretary = await signIn('sekreterare');
    await secretary.goto(matterPath);
    await regionOf(secretary, 'Protokollsparagraf').getByRole('link').click();
    await waitUntilSaved(secretary);
    await editorOf(secretary).getByText('Remissunderlag 1').waitFor();
    await secretary.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await secretary.waitForTimeout(200);
    const toolbar = secretary.getByRole('button', { name: 'Infoga' });
    const box = await toolbar.boundingBox();
    expect(box, 'Infoga is on screen').not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    // And it still works from down there.
    await toolbar.click();
    expect(await secretary.getByRole('menu').count()).toBe(1);
    await secretary.keyboard.press('Escape');
    await secretary.context().close();
  });

  it('finishes the story through the pages: tabled, inserted, decided, approved — and it is the seed', async () => {
    const secretary = await signIn('sekreterare');
    await secretary.goto(matterPath);
    const assembly = regionOf(secretary, 'Sammanställ paragrafen');
    await assembly.waitFor();
    expect(await assembly.textContent()).not.toContain(STATEMENT_SD);

    // SD and V table what is still a draft; the secretary's open page shows it without a reload.
    for (const [who, title] of [
      ['sd', STATEMENT_SD],
      ['v', RESERVATION],
    ] as const) {
      const member = await signIn(who, 390);
      await member.goto(matterPath);
      await regionOf(member, 'Våra utkast')
        .getByRole('button', { name: `Lämna in ${title}` })
        .click();
      await dialogOf(member).getByRole('button', { name: 'Lämna in', exact: true }).click();
      await expect.poll(() => member.getByRole('status').first().textContent()).toContain('är inlämnat');
      await expect.poll(() => assembly.textContent(), { timeout: 10_000 }).toContain(title);
      await member.context().close();
    }

    // Inserted in the seed's order, by keyboard: Tab to each button, Enter.
    for (const title of [STATEMENT_V_S, STATEMENT_SD, RESERVATION]) {
      const item = assembly.getByRole('listitem').filter({ hasText: title });
      await item.getByRole('button', { name: /^Infoga i paragrafen/ }).focus();
      await secretary.keyboard.press('Enter');
      await expect.poll(() => item.textContent(), { message: title }).toContain('Infogad i paragrafen');
    }
    const outcome = assembly.getByRole('region', { name: 'Registrera utfall' });
    const winner = outcome.getByLabel('Nämnden ställde sig bakom');
    const majority = (await winner.locator('option').allTextContents()).find((label) => label.includes(MAJORITY));
    await winner.selectOption({ label: majority! });
    await outcome.getByRole('button', { name: 'Registrera utfall' }).click();
    await expect.poll(() => secretary.getByRole('status').first().textContent()).toContain('Utfallet är registrerat');

    await regionOf(secretary, 'Protokollsparagraf').getByRole('link').click();
    await waitUntilSaved(secretary);
    // The exported web page is accessible on its own, landmarks included.
    const html = await readFile(await download(secretary, 'Webbsida (.html)'), 'utf8');
    const exportPage = await secretary.context().newPage();
    await exportPage.setContent(html);
    expect(await axeViolations(exportPage)).toEqual([]);
    await exportPage.close();
    const exported = await readFile(await download(secretary, 'Text (.txt)'), 'utf8');
    const comparison = compareWithSeed(exported, readSeedText());
    expect(comparison.equal, JSON.stringify(comparison.firstDifference)).toBe(true);

    await secretary.getByRole('link', { name: 'Till ärendet' }).click();
    await expect.poll(() => new URL(secretary.url()).pathname).toMatch(/^\/arenden\//);
    // The chair and a justerare sign through the API here (publishing.test.ts walks justering in the UI); the
    // secretary's open page follows by itself.
    await justerThroughApi(new URL(secretary.url()).pathname.split('/')[2]!);
    const paragraph = regionOf(secretary, 'Protokollsparagraf');
    await expect.poll(() => paragraph.textContent()).toContain('Paragrafen är justerad');
    const checksum = (await paragraph.locator('code.checksum').textContent()) ?? '';
    approvedChecksum = checksum;

    // The downloaded file's sha256sum is the checksum the Swedish page confirms.
    await paragraph.getByRole('link', { name: /^HL 2019\/310/ }).click();
    await expect.poll(() => statusOf(secretary).textContent()).toBe('Paragrafen är justerad och låst.');
    expect(await secretary.locator('.protocol-header input').count()).toBe(0);
    expect(await secretary.locator('.protocol-header').textContent()).toMatch(/Protokollnummer\s*8\/2019/);
    const approvedFile = await download(secretary, 'Text (.txt)');
    expect((await run('sha256sum', [approvedFile])).stdout.split(' ')[0]).toBe(checksum);
    await secretary.goto(`/verify/${checksum}`);
    expect(await secretary.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'Giltig: paragrafen är justerad',
    );
    expect(await secretary.locator('main').textContent()).toContain('Hägersten-Liljeholmens stadsdelsnämnd');
    expect(await axeViolations(secretary)).toEqual([]);
  });

  it('works at 390 px on every page: nothing sideways, the header whole', async () => {
    const member = await signIn('m', 390);
    const anonymous = await browser.newContext({
      baseURL: server.url,
      locale: 'sv-SE',
      viewport: { width: 390, height: 800 },
    });
    contexts.push(anonymous);
    const visitor = await anonymous.newPage();
    await visitor.goto('/');
    await h1Of(visitor).waitFor();
    const check = async (page: Page, name: string) => {
      const layout = await layoutAt390(page);
      expect(layout.scrollWidth, name).toBeLessThanOrEqual(390);
      expect(layout.headerOverflow, name).toEqual([]);
      expect(await axeViolations(page), name).toEqual([]);
    };
    await check(visitor, 'inloggning');
    await visitor.goto('/verify');
    await check(visitor, 'kontrollsidan');
    await visitor.goto(`/verify/${approvedChecksum}`);
    await check(visitor, 'kontrollsidan, giltig');

    await check(member, 'ärenden');
    await member.goto(matterPath);
    await h1Of(member).waitFor();
    await check(member, 'ärendet');
    await regionOf(member, 'Våra utkast').getByRole('link', { name: MAJORITY }).click();
    await waitUntilSaved(member);
    await check(member, 'utkastet');
    await member.goto(matterPath);
    await regionOf(member, 'Protokollsparagraf')
      .getByRole('link', { name: /^HL 2019\/310/ })
      .click();
    await waitUntilSaved(member);
    await check(member, 'paragrafen');
    await member.goto('/d/finnsInteAlls');
    await expect.poll(() => statusOf(member).getAttribute('data-state')).toBe('refused');
    await check(member, 'okänt dokument');
    await member.goto('/ingen/sida/alls');
    await h1Of(member).waitFor();
    await check(member, 'okänd sida');
  });
});
