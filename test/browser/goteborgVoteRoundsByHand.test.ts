import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  compareSentences,
  paragraphDocumentSchema,
  parseTemplate,
  type RenderBlock,
  renderParagraph,
} from '@yttra/domain';
import { createOrganisation } from '@yttra/server/setup';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { editorOf, insertFromMenu, waitUntilSaved } from '../support/protocolEditorPage';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
const FIXTURES = new URL('../../packages/domain/src/fixtures/goteborg/', import.meta.url);
const template = parseTemplate(
  JSON.parse(readFileSync(new URL('goteborg-kommunstyrelsen.json', `file://${TEMPLATES_DIR}/`), 'utf8')),
);
const ID = '2025-08-27-p594';
const fixture = paragraphDocumentSchema.parse(JSON.parse(readFileSync(new URL(`${ID}.json`, FIXTURES), 'utf8')));
const original = readFileSync(new URL(`${ID}.txt`, FIXTURES), 'utf8').split(/^-{20,}$/m)[1]!;

interface Voter {
  name: string;
  party: string;
  role?: 'Tjänstgörande ersättaren' | 'Ordföranden';
}

const chair: Voter = { name: 'Jonas Attenius', party: 'S', role: 'Ordföranden' };
const substitute = (name: string, party: string): Voter => ({ name, party, role: 'Tjänstgörande ersättaren' });
const firstYes: Voter[] = [
  { name: 'Daniel Bernmar', party: 'V' },
  { name: 'Viktoria Tryggvadottir Rolka', party: 'S' },
  { name: 'Blerta Hoti', party: 'S' },
  { name: 'Marina Johansson', party: 'S' },
  { name: 'Karin Pleijel', party: 'MP' },
  substitute('Marie Brynolfsson', 'V'),
  chair,
];
const firstNo: Voter[] = [
  { name: 'Axel Josefson', party: 'M' },
  { name: 'Hampus Magnusson', party: 'M' },
  { name: 'Martin Wannholt', party: 'D' },
  { name: 'Jörgen Fogelklou', party: 'SD' },
  { name: 'Elisabet Lann', party: 'KD' },
  substitute('Nina Miskovsky', 'M'),
];
const secondYes: Voter[] = [...firstYes.slice(0, 5), { name: 'Elisabet Lann', party: 'KD' }, ...firstYes.slice(5)];
const secondNo = [...firstNo.slice(0, 4), firstNo[5]!];

/** The procedure blocks in document order: the n-th is the n-th inserted, as each goes after the one before. */
const procedureBlock = (page: Page, index: number) => page.locator('.block--procedure').nth(index);
const group = (scope: Locator, name: string) => scope.getByRole('group', { name, exact: true });

/** Adds a person to a list by the keyboard (the focus moves to the new name) and picks party and role. */
async function addPerson(list: Locator, person: Voter): Promise<void> {
  await list.getByRole('button', { name: /^Lägg till person/ }).click();
  await list.page().keyboard.type(person.name, { delay: 2 });
  const row = list.locator('.procedure-person').last();
  await row.getByLabel('Parti', { exact: true }).selectOption(person.party);
  if (person.role) await row.getByLabel('Roll', { exact: true }).selectOption({ label: person.role });
}

/** Picks a proposal for a mention field and, optionally, the wording by how it will print. */
async function mention(scope: Locator, label: string, proposal: string | RegExp, wording?: string): Promise<void> {
  const select = scope.getByLabel(label, { exact: true });
  const options = await select.locator('option').allTextContents();
  const chosen = options.find((option) => (typeof proposal === 'string' ? option === proposal : proposal.test(option)));
  expect(chosen, `${label}: ${options.join(' | ')}`).toBeDefined();
  await select.selectOption({ label: chosen! });
  if (wording) await scope.getByLabel(`${label}: formulering`, { exact: true }).selectOption({ label: wording });
}

/** Opens "Infoga" from the keyboard and walks down to the item, then inserts it with Enter. */
async function insertByKeyboard(page: Page, label: string, screenshot?: string): Promise<void> {
  await page.getByRole('button', { name: 'Infoga' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.getByRole('menu').count()).toBe(1);
  if (screenshot) await page.screenshot({ path: screenshot });
  for (let step = 0; step < 40; step++) {
    const active = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (active === label) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('menu').count()).toBe(0);
  await page.waitForTimeout(150);
}

/**
 * The secretary builds Göteborg's 2025-08-27 § 594 in the editor: two written proposals, three motions, two rounds
 * of propositions and votes (a tilläggsyrkande voted on after the main proposals), with the chair named and the
 * roles in the vote lists, by keyboard and mouse through Infoga and the blocks' forms. Only the header, the
 * decision and the documents come through the paragraph API. The text export then equals the original paragraph
 * sentence by sentence, and every sentence the forms showed is one the export prints.
 */
describe('building a two-round-vote paragraph in the editor', () => {
  const suite = useBrowserSuite({ TEMPLATES_DIR });

  it('exports Göteborg § 594 exactly, and passes axe', { timeout: 420_000 }, async () => {
    await createOrganisation(
      suite.server.organisations,
      { id: 'gbg-ks', name: 'Kommunstyrelsen', templateId: 'goteborg-kommunstyrelsen' },
      template.organisation!.parties!,
    );
    const user = await suite.server.accounts.register({
      email: 'sekreterare@gbg.test.yttra.se',
      displayName: 'Sekreterare',
      password: 'testlösenord-1',
    });
    await suite.server.organisations.setMembership({
      organisationId: 'gbg-ks',
      userId: user.id,
      role: 'administrator',
      partyGroupId: null,
    });
    const { token } = await suite.server.accounts.createApiToken(user.id, 'test');
    const session = await suite.server.accounts.startSession(user.id);
    const api = (path: string, body?: unknown) =>
      fetch(`${suite.server.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const created = await api('/api/matters', {
      organisationId: 'gbg-ks',
      caseNumber: fixture.header.caseNumber,
      title: fixture.header.title,
    });
    const { matter, protocolDocumentId } = (await created.json()) as {
      matter: { id: string };
      protocolDocumentId: string;
    };
    const { chair: _chair, ...withoutChair } = fixture;
    const start = {
      ...withoutChair,
      blocks: fixture.blocks.filter((block) => block.type === 'decision' || block.type === 'attachments'),
    };
    expect((await api(`/api/matters/${matter.id}/paragraph`, start)).status).toBe(200);

    const { context, page } = await openAs(suite.browser, suite.server.url, { session: { cookie: session.token } });
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(`/d/${protocolDocumentId}`);
    await expect.poll(() => editorOf(page).isVisible(), { timeout: 15_000 }).toBe(true);

    // The chair, named in full the first time the order of propositions mentions them.
    const chairFields = group(page.locator('.protocol-header'), 'Ordförande vid sammanträdet');
    await chairFields.getByLabel('Ordförandens namn').fill('Jonas Attenius');
    await chairFields.getByLabel('Ordförandens parti').selectOption('S');
    await chairFields.getByLabel('Ordförandens roll').selectOption({ label: 'Ordföranden' });

    // The cursor in the last document's title: the procedure follows the documents.
    await page.locator('.attachment-row__title-text').last().click();
    await page.keyboard.press('End');

    // Two written proposals, tabled before the meeting.
    await insertByKeyboard(page, 'Skriftligt yrkande', '/tmp/goteborg-built-menu.png');
    let block = procedureBlock(page, 0);
    // The focus is in the new block's first field, so the keyboard goes on there.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.block--procedure') !== null))
      .toBe(true);
    await block.getByLabel('Partier', { exact: true }).fill('M, D, L, KD');
    await block.getByLabel('Datum', { exact: true }).fill('2025-08-22');
    await insertFromMenu(page, 'Skriftligt yrkande');
    block = procedureBlock(page, 1);
    await block.getByLabel('Slag', { exact: true }).selectOption({ label: 'Tilläggsyrkande' });
    await block.getByLabel('Partier', { exact: true }).fill('SD');
    await block.getByLabel('Datum', { exact: true }).fill('2025-08-21');

    // Three motions at the meeting.
    await insertFromMenu(page, 'Yrkande vid sammanträdet');
    block = procedureBlock(page, 2);
    await addPerson(group(block, 'Yrkar'), { name: 'Daniel Bernmar', party: 'V' });
    await mention(block, 'Förslag', 'Stadsledningskontorets förslag');
    await block.getByRole('button', { name: 'Lägg till yrkande' }).click();
    await block.getByLabel('Yrkande 2: vad').selectOption({ label: 'Avslag på övriga yrkanden' });

    await insertFromMenu(page, 'Yrkande vid sammanträdet');
    block = procedureBlock(page, 3);
    await addPerson(group(block, 'Yrkar'), { name: 'Axel Josefson', party: 'M' });
    await addPerson(group(block, 'Yrkar'), { name: 'Martin Wannholt', party: 'D' });
    await mention(block, 'Förslag', /^Yrkande från M, D, L och KD/);
    await block.getByRole('button', { name: 'Lägg till förslag i yrkande 1' }).click();
    await mention(block, 'Förslag 2', /^Tilläggsyrkande från SD/);

    await insertByKeyboard(page, 'Yrkande vid sammanträdet');
    block = procedureBlock(page, 4);
    await addPerson(group(block, 'Yrkar'), { name: 'Jörgen Fogelklou', party: 'SD' });
    await mention(block, 'Förslag', /^Tilläggsyrkande från SD/);

    // First round: the main proposals, the tilläggsyrkande set aside.
    await insertFromMenu(page, 'Propositionsordning');
    block = procedureBlock(page, 5);
    await block.getByRole('button', { name: 'Lägg till undantag' }).click();
    await mention(block, 'Med undantag av 1', /^Tilläggsyrkande från SD/, 'tilläggsyrkandet');
    await mention(block, 'Bifallet yrkande', 'Daniel Bernmars yrkande', 'Daniel Bernmars yrkande');
    await block.getByLabel('Ordningsord').selectOption({ label: 'först' });
    await block.getByLabel('Omröstning begärs').check();

    await insertFromMenu(page, 'Omröstning');
    block = procedureBlock(page, 6);
    await mention(block, 'Ja för bifall till', 'Daniel Bernmars yrkande');
    await mention(block, 'Nej för bifall till', 'Axel Josefsons och Martin Wannholts yrkande');
    for (const voter of firstYes) await addPerson(group(block, 'Röstar Ja'), voter);
    for (const voter of firstNo) await addPerson(group(block, 'Röstar Nej'), voter);

    // Second round: the tilläggsyrkande, bifall respektive avslag.
    await insertFromMenu(page, 'Propositionsordning');
    block = procedureBlock(page, 7);
    await block.getByLabel('Steg 1: slag').selectOption({ label: 'Bifall respektive avslag på ett yrkande' });
    await mention(block, 'Yrkande', /^Tilläggsyrkande från SD/);
    await block.getByLabel('Ordföranden finner att det bifallits').uncheck();
    await block.getByLabel('Ordningsord').selectOption({ label: 'härefter' });
    await block.getByLabel('Omröstning begärs').check();

    await insertFromMenu(page, 'Omröstning');
    block = procedureBlock(page, 8);
    await block.getByLabel('Ja och Nej för').selectOption({ label: 'Bifall eller avslag på ett yrkande' });
    await mention(block, 'Yrkande', /^Tilläggsyrkande från SD/, 'tilläggsyrkandet från SD');
    for (const voter of secondYes) await addPerson(group(block, 'Röstar Ja'), voter);
    // The second Nej list pasted as the meeting's notes have it.
    const noList = group(block, 'Röstar Nej');
    await noList.getByText('Klistra in en lista').click();
    await noList
      .getByLabel('Personer i röstar nej')
      .fill(
        'Axel Josefson (M), Hampus Magnusson (M), Martin Wannholt (D), Jörgen Fogelklou (SD) och tjänstgörande ersättaren Nina Miskovsky (M)',
      );
    await noList.getByRole('button', { name: 'Lägg till från listan i röstar nej' }).click();
    expect(await noList.locator('.procedure-person').count()).toBe(secondNo.length);

    await insertFromMenu(page, 'Protokollsutdrag skickas till');
    block = procedureBlock(page, 9);
    await block.getByLabel('Mottagare', { exact: true }).fill('Kommunalförbundet Tolkförmedling Väst');
    await waitUntilSaved(page);

    // The headings of the editor are those of the export, in the secretary's order.
    expect(await page.locator('.protocol-section h2').allTextContents()).toEqual([
      'Beslut',
      'Handlingar',
      'Yrkanden',
      'Propositionsordning',
      'Omröstning',
      'Propositionsordning',
      'Omröstning',
      'Protokollsutdrag skickas till',
    ]);
    expect(await page.locator('.block--procedure .field-error').count()).toBe(0);

    const exported = await (await api(`/api/documents/${protocolDocumentId}/export/txt`)).text();
    const pageHeader = renderParagraph(fixture, template)[0] as Extract<RenderBlock, { kind: 'pageHeader' }>;
    const comparison = compareSentences(exported, original, {
      artefactLines: [...(pageHeader.lines ?? []), ...(pageHeader.footerLines ?? [])],
      slipCorrections: [],
    });
    expect({ missing: comparison.missing, unexpected: comparison.unexpected }).toEqual({ missing: [], unexpected: [] });
    expect(comparison.equal).toBe(true);

    // What the forms showed is what the export prints.
    const shown = await page.locator('.block--procedure [data-generated]').allTextContents();
    const flat = exported.replace(/\s+/g, ' ');
    for (const sentence of shown) {
      const text = sentence.replace(/^Genereras automatiskt: /, '').replace(/\s+/g, ' ');
      if (/^(Yrkande|Tilläggsyrkande) från/.test(text)) continue; // A written proposal's name, not a sentence.
      expect(flat).toContain(text);
    }

    await page.screenshot({ path: '/tmp/goteborg-built-by-hand.png', fullPage: true });
    for (const [index, name] of [
      [2, 'motion'],
      [5, 'propositions'],
      [7, 'propositions-2'],
      [8, 'vote-2'],
    ] as const) {
      await procedureBlock(page, index).screenshot({ path: `/tmp/goteborg-built-${name}.png` });
    }
    await page.locator('.protocol-header').screenshot({ path: '/tmp/goteborg-built-header.png' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
