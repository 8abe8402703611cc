import { readFile } from 'node:fs/promises';
import { CloseCode } from '@yttra/protocol';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { editorOf, statusOf } from '../support/protocolEditorPage';
import { openRawSocket } from '../support/rawSocket';

const CASE_NUMBER = 'HL 2019/310';
const TITLE = 'Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm';
const DRAFT_TITLE = 'Yrkande om samverkan';
const PROPOSAL_SENTENCE = 'memberM (M) lade fram ett förslag och föreslog att nämnden skulle ställa sig bakom det.';
const M_TEXT = 'Nämnden vill ha fasta lokala arbetsgrupper.';
const L_TEXT = 'Medborgarlöftena ska följas upp varje år.';
const PROCEDURE =
  'Ordföranden ställde förslagen mot varandra och fann att nämnden ställde sig bakom förslaget från (M).';

const h1Of = (page: Page) => page.getByRole('heading', { level: 1 });
const sectionNamed = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const dialogOf = (page: Page) => page.getByRole('dialog').or(page.getByRole('alertdialog'));
/** The draft's one proposal, and the paragraphs of its own text (not its proposers). */
const proposalOf = (page: Page) => page.getByRole('group', { name: 'Förslag 1', exact: true });
const proposalParagraphs = (page: Page) =>
  proposalOf(page).locator('.block__content > [data-node-view-content-react] > p');

async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => statusOf(page).getAttribute('data-state'), { timeout: 10_000 }).toBe('synced');
}

/** Editor text without the collaboration caret labels that live inside it. */
async function editorText(page: Page): Promise<string> {
  return editorOf(page).evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    for (const caret of clone.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return clone.textContent ?? '';
  });
}

/** Clicks into editable text and types at its end. */
async function typeIn(page: Page, target: Locator, text: string): Promise<void> {
  await target.click();
  // ProseMirror reads the selection after the click's events settle; keys pressed sooner can land elsewhere.
  await page.waitForTimeout(100);
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 5 });
}

async function downloadText(page: Page, linkName: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName, exact: true }).click(),
  ]);
  return (await readFile(await file.path())).toString('utf8');
}

describe('party drafts: co-writing, confidentiality, tabling and assembly in Chromium', () => {
  const suite = useBrowserSuite();
  let matterId = '';
  let draftId = '';

  it('lets the administrator register a matter from the matters list', async () => {
    const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users.admin);
    await page.goto('/');
    await expect.poll(() => h1Of(page).textContent()).toBe('Ärenden');
    expect(await axeViolations(page)).toEqual([]);

    const form = sectionNamed(page, 'Nytt ärende');
    await form.getByLabel('Diarienummer', { exact: true }).fill(CASE_NUMBER);
    await form.getByLabel('Ärendemening', { exact: true }).fill(TITLE);
    expect(await form.getByLabel('Typ', { exact: true }).inputValue()).toBe('Yttrande till kommunstyrelsen');
    await form.getByLabel('Sammanträdesdatum', { exact: true }).fill('2019-08-29');
    await form.getByLabel('Svarsdatum', { exact: true }).fill('2019-09-15');
    await form.getByRole('button', { name: 'Skapa ärende' }).click();
    await page.waitForURL(/\/arenden\/[^/]+$/);
    matterId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    await expect.poll(() => h1Of(page).textContent()).toBe(TITLE);

    await page.getByRole('link', { name: 'Alla ärenden' }).click();
    const item = page.getByRole('listitem').filter({ hasText: TITLE });
    await expect.poll(() => item.textContent()).toContain('Svar senast 15 september 2019');
    expect(await item.textContent()).toContain('Beredning');
    expect(await item.textContent()).toContain(CASE_NUMBER);
    await context.close();
  });

  it('lets an M member and an L member co-write a shared draft live, and keeps it from a V member', async () => {
    const m = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    await m.page.goto('/');
    await m.page.getByRole('link', { name: TITLE }).click();
    await m.page.waitForURL(`**/arenden/${matterId}`);
    await expect.poll(() => h1Of(m.page).textContent()).toBe(TITLE);
    await expect.poll(() => m.page.getByText('Din partigrupp har inga utkast i ärendet än.').count()).toBe(1);
    expect(await axeViolations(m.page)).toEqual([]);

    // M starts a proposal draft from the matter page; it opens at once.
    const newDraft = sectionNamed(m.page, 'Nytt utkast');
    await newDraft.getByLabel('Titel', { exact: true }).fill(DRAFT_TITLE);
    expect(await newDraft.getByLabel('Typ', { exact: true }).inputValue()).toBe('proposal');
    await newDraft.getByRole('button', { name: 'Skapa utkast' }).click();
    await m.page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
    draftId = new URL(m.page.url()).pathname.split('/').at(-1) ?? '';
    await waitUntilSaved(m.page);

    // The proposer, through the proposal's person list, then the proposal's own text.
    const proposers = proposalOf(m.page).getByRole('group', { name: 'Förslagsställare', exact: true });
    await proposers.getByRole('button', { name: /^Lägg till person/ }).click();
    await m.page.keyboard.type('memberM', { delay: 5 });
    await proposers.getByLabel('Parti', { exact: true }).selectOption('M');
    await proposers.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => proposers.locator('.person__chip').allTextContents()).toEqual(['memberM (M)']);
    await proposers.getByRole('button', { name: 'Stäng', exact: true }).click();
    await expect
      .poll(() => proposalOf(m.page).locator('[data-generated="proposal"]').textContent())
      .toContain(PROPOSAL_SENTENCE);
    await typeIn(m.page, proposalParagraphs(m.page).first(), M_TEXT);
    await waitUntilSaved(m.page);

    // Back on the matter page: "Dela" opens the share dialog, the own group fixed, L chosen.
    await m.page.getByRole('link', { name: 'Till ärendet' }).click();
    await m.page.waitForURL(`**/arenden/${matterId}`);
    const drafts = sectionNamed(m.page, 'Våra utkast');
    await expect.poll(() => drafts.getByRole('link', { name: DRAFT_TITLE }).count()).toBe(1);
    expect(await drafts.textContent()).toContain('Förslag');
    // From the keyboard: Enter opens the dialog, Space ticks a group, Enter on Spara saves, the focus comes back.
    await drafts.getByRole('button', { name: `Dela ${DRAFT_TITLE}` }).focus();
    await m.page.keyboard.press('Enter');
    const share = dialogOf(m.page);
    await expect.poll(() => share.getByRole('heading', { name: 'Dela utkastet' }).count()).toBe(1);
    const own = share.getByRole('checkbox', { name: /Moderaterna/ });
    expect(await own.isChecked()).toBe(true);
    expect(await own.isDisabled()).toBe(true);
    expect(await axeViolations(m.page)).toEqual([]);
    await share.getByRole('checkbox', { name: /Liberalerna/ }).focus();
    await m.page.keyboard.press('Space');
    expect(await share.getByRole('checkbox', { name: /Liberalerna/ }).isChecked()).toBe(true);
    await share.getByRole('button', { name: 'Spara' }).focus();
    await m.page.keyboard.press('Enter');
    await expect.poll(() => dialogOf(m.page).count()).toBe(0);
    await expect.poll(() => m.page.evaluate(() => document.activeElement?.textContent)).toContain('Dela');
    await expect.poll(() => drafts.textContent()).toContain('Skrivs av Moderaterna (M) och Liberalerna (L)');

    // L finds the draft on the matter page; both write in it and see each other's words arrive.
    const l = await openAs(suite.browser, suite.server.url, suite.board.users.memberL);
    await l.page.goto(`/arenden/${matterId}`);
    await sectionNamed(l.page, 'Våra utkast').getByRole('link', { name: DRAFT_TITLE }).click();
    await l.page.waitForURL(`**/d/${draftId}`);
    await m.page.goto(`/d/${draftId}`);
    await waitUntilSaved(l.page);
    await waitUntilSaved(m.page);
    await expect.poll(() => editorText(l.page), { timeout: 10_000 }).toContain(M_TEXT);
    await l.page.keyboard.press('Escape');
    await typeIn(l.page, proposalParagraphs(l.page).first(), ` ${L_TEXT}`);
    await expect.poll(() => editorText(m.page), { timeout: 10_000 }).toContain(L_TEXT);
    await typeIn(m.page, proposalParagraphs(m.page).first(), ' Det gäller hela stadsdelen.');
    await expect.poll(() => editorText(l.page), { timeout: 10_000 }).toContain('Det gäller hela stadsdelen.');
    for (const page of [m.page, l.page]) await waitUntilSaved(page);
    await l.context.close();

    // V: not on V's matter page, refused at its address exactly as an unknown document, and refused on the
    // socket before any content.
    const v = await openAs(suite.browser, suite.server.url, suite.board.users.memberV);
    await v.page.goto(`/arenden/${matterId}`);
    await expect.poll(() => h1Of(v.page).textContent()).toBe(TITLE);
    await expect.poll(() => v.page.getByText('Din partigrupp har inga utkast i ärendet än.').count()).toBe(1);
    expect(await v.page.getByText(DRAFT_TITLE).count()).toBe(0);
    await v.page.goto(`/d/${draftId}`);
    await expect
      .poll(() => v.page.getByText(/^Dokumentet finns inte, eller så har du inte behörighet/).count())
      .toBeGreaterThan(0);
    expect(await statusOf(v.page).getAttribute('data-state')).toBe('refused');
    expect(await editorOf(v.page).count()).toBe(0);
    expect(await v.page.getByText(M_TEXT).count()).toBe(0);
    const raw = await openRawSocket(suite.server.url, draftId, { token: suite.board.users.memberV.token });
    expect((await raw.closed).code).toBe(CloseCode.unknownDocument);
    expect(raw.received).toEqual([]);
    // The paragraph is readable by the whole board, writable only by the secretary.
    await v.page.goto(`/arenden/${matterId}`);
    await sectionNamed(v.page, 'Protokollsparagraf').getByRole('link').click();
    await waitUntilSaved(v.page);
    await expect.poll(() => v.page.getByText('Du kan läsa men inte ändra').count()).toBe(1);
    expect(await editorOf(v.page).getAttribute('aria-readonly')).toBe('true');
    await v.context.close();

    // M tables the draft, after confirming; editing it again afterwards shows on the matter page.
    await m.page.getByRole('link', { name: 'Till ärendet' }).click();
    await m.page.waitForURL(`**/arenden/${matterId}`);
    await sectionNamed(m.page, 'Våra utkast')
      .getByRole('button', { name: `Lämna in ${DRAFT_TITLE}` })
      .click();
    const confirm = dialogOf(m.page);
    await expect
      .poll(() => confirm.textContent())
      .toContain(`Lämna in ”${DRAFT_TITLE}”? Den inlämnade versionen kan inte ändras.`);
    expect(await axeViolations(m.page)).toEqual([]);
    // Tabling cannot be undone: the focus starts on Avbryt.
    expect(await m.page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await confirm.getByRole('button', { name: 'Lämna in', exact: true }).click();
    await expect.poll(() => dialogOf(m.page).count()).toBe(0);
    const mine = sectionNamed(m.page, 'Våra utkast');
    await expect.poll(() => mine.textContent()).toContain('Inlämnad version 1');
    expect(await mine.textContent()).not.toContain('Ändrad efter inlämning');
    expect(await m.page.getByRole('status').textContent()).toContain('är inlämnat som version 1');
    const tabled = sectionNamed(m.page, 'Inlämnade handlingar');
    await tabled.getByRole('button', { name: /^Visa/ }).click();
    const tabledText = tabled.getByRole('region', { name: `Inlämnad text: ${DRAFT_TITLE}, version 1` });
    await expect.poll(() => tabledText.textContent()).toContain(PROPOSAL_SENTENCE);
    expect(await tabledText.textContent()).toContain(L_TEXT);

    await mine.getByRole('link', { name: DRAFT_TITLE }).click();
    await waitUntilSaved(m.page);
    await typeIn(m.page, proposalParagraphs(m.page).first(), ' Tillagt efter inlämningen.');
    await waitUntilSaved(m.page);
    await m.page.getByRole('link', { name: 'Till ärendet' }).click();
    await expect.poll(() => sectionNamed(m.page, 'Våra utkast').textContent()).toContain('Ändrad efter inlämning');
    await m.context.close();
  });

  it('lets the administrator sign in on the page, insert the tabled draft, record the outcome, export and have it justered', async () => {
    const admin = await openAs(suite.browser, suite.server.url);
    await admin.page.goto(`/arenden/${matterId}`);
    await expect.poll(() => h1Of(admin.page).textContent()).toBe('Logga in');
    await admin.page.getByLabel('E-postadress', { exact: true }).fill(suite.board.users.admin.email);
    await admin.page.getByLabel('Lösenord', { exact: true }).fill('testlösenord-1');
    await admin.page.getByRole('button', { name: 'Logga in', exact: true }).click();
    // Back where the sign-in was asked for (the password hash takes its time on a loaded machine).
    await expect.poll(() => h1Of(admin.page).textContent(), { timeout: 15_000 }).toBe(TITLE);
    expect(new URL(admin.page.url()).pathname).toBe(`/arenden/${matterId}`);
    // The secretary never sees an untabled draft, only what was tabled.
    expect(await sectionNamed(admin.page, 'Våra utkast').count()).toBe(0);
    expect(await axeViolations(admin.page)).toEqual([]);

    const assembly = sectionNamed(admin.page, 'Sammanställ paragrafen');
    expect(await assembly.textContent()).toContain(DRAFT_TITLE);
    await assembly.getByRole('button', { name: /^Infoga i paragrafen/ }).click();
    await expect.poll(() => assembly.textContent()).toContain('Infogad i paragrafen');
    expect(await assembly.getByRole('button', { name: /^Infoga i paragrafen/ }).count()).toBe(0);

    const outcome = assembly.getByRole('region', { name: 'Registrera utfall' });
    const winner = outcome.getByLabel('Nämnden ställde sig bakom');
    await expect
      .poll(() => winner.locator('option').allTextContents())
      .toEqual(['Förvaltningens förslag', `Förslaget från (M) – ${DRAFT_TITLE}`]);
    await winner.selectOption({ label: `Förslaget från (M) – ${DRAFT_TITLE}` });
    await outcome.getByRole('button', { name: 'Registrera utfall' }).click();
    await expect.poll(() => admin.page.getByRole('status').textContent()).toContain('Utfallet är registrerat');
    expect(await axeViolations(admin.page)).toEqual([]);

    // The chair records outcomes too, but assembles and approves nothing.
    const chair = await openAs(suite.browser, suite.server.url, suite.board.users.chair);
    await chair.page.goto(`/arenden/${matterId}`);
    await expect.poll(() => sectionNamed(chair.page, 'Registrera utfall').count()).toBe(1);
    expect(await sectionNamed(chair.page, 'Sammanställ paragrafen').count()).toBe(0);
    expect(await chair.page.getByRole('button', { name: 'Justera paragrafen' }).count()).toBe(0);
    await expect
      .poll(() => sectionNamed(chair.page, 'Registrera utfall').locator('option').allTextContents())
      .toContain(`Förslaget från (M) – ${DRAFT_TITLE}`);
    expect(await axeViolations(chair.page)).toEqual([]);
    await chair.context.close();

    // The paragraph, exported from the document page's link.
    await sectionNamed(admin.page, 'Protokollsparagraf').getByRole('link').click();
    await admin.page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
    const paragraphUrl = admin.page.url();
    await waitUntilSaved(admin.page);
    await expect.poll(() => editorText(admin.page), { timeout: 10_000 }).toContain(L_TEXT);
    // Without its numbers the paragraph is a draft; the secretary fills them in before justering.
    expect((await downloadText(admin.page, 'Text (.txt)')).split('\n')[0]).toContain('UTKAST');
    await admin.page.getByLabel('Protokollnummer', { exact: true }).fill('8/2019');
    await admin.page.getByLabel('Paragrafnummer', { exact: true }).fill('6');
    await admin.page.keyboard.press('Tab');
    await waitUntilSaved(admin.page);
    const text = await downloadText(admin.page, 'Text (.txt)');
    expect(text).not.toContain('UTKAST');
    expect(text).toContain('§ 6');
    expect(text).toContain(CASE_NUMBER);
    expect(text).toContain(PROPOSAL_SENTENCE);
    expect(text).toContain(M_TEXT);
    expect(text).toContain(L_TEXT);
    expect(text).toContain(PROCEDURE);
    // Inserted from the tabled version: what M wrote afterwards is not in the paragraph.
    expect(text).not.toContain('Tillagt efter inlämningen.');

    // Justering: the secretary names the chair and a justerare; locked once both approved, with a checksum
    // anyone can verify.
    await admin.page.getByRole('link', { name: 'Till ärendet' }).click();
    const justering = sectionNamed(admin.page, 'Justering');
    await expect.poll(() => justering.textContent()).not.toContain('saknas');
    const naming = justering.getByRole('region', { name: 'Utse justerare' });
    await naming.getByLabel('memberV (V)').check();
    await naming.getByLabel('Protokollet förvaras').fill('Stadsdelsförvaltningen');
    await naming.getByRole('button', { name: 'Spara justerare' }).click();
    await expect.poll(() => justering.getByRole('list', { name: 'Justerare' }).textContent()).toContain('memberV (V)');
    for (const who of ['chair', 'memberV'] as const) {
      const signed = await fetch(`${suite.server.url}/api/matters/${matterId}/justering/approve`, {
        method: 'POST',
        headers: { authorization: `Bearer ${suite.board.users[who].token}` },
      });
      expect(signed.status, who).toBe(200);
    }
    await admin.page.reload();
    const paragraph = sectionNamed(admin.page, 'Protokollsparagraf');
    await expect.poll(() => paragraph.textContent()).toContain('Paragrafen är justerad');
    const checksum = (await paragraph.locator('code.checksum').textContent()) ?? '';
    expect(checksum).toMatch(/^[0-9a-f]{64}$/);
    const verify = paragraph.getByRole('link', { name: 'Kontrollera kontrollsumman' });
    expect(await verify.getAttribute('href')).toBe(`/verify/${checksum}`);
    const verified = (await (await fetch(`${suite.server.url}/api/verify/${checksum}`)).json()) as { valid: boolean };
    expect(verified.valid).toBe(true);
    expect(await admin.page.locator('.status-tag').first().textContent()).toBe('Justerat');
    expect(await axeViolations(admin.page)).toEqual([]);

    // The citizen's page: Swedish, readable, checkable without script.
    await verify.click();
    await admin.page.waitForURL(/\/verify\/[0-9a-f]{64}$/);
    expect(await h1Of(admin.page).textContent()).toBe('Kontrollera en justerad protokollsparagraf');
    expect(await admin.page.getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'Giltig: paragrafen är justerad',
    );
    expect(await admin.page.locator('main').textContent()).toContain('29 augusti 2019');
    expect(await axeViolations(admin.page)).toEqual([]);

    await admin.page.goto(paragraphUrl);
    await waitUntilSaved(admin.page);
    await expect.poll(() => admin.page.getByText('Paragrafen är justerad och låst.').count()).toBe(1);
    expect(await editorOf(admin.page).getAttribute('aria-readonly')).toBe('true');
    await admin.context.close();

    // The matter is closed: M is offered no tabling, sharing or new draft, which the server would refuse.
    const m = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    await m.page.goto(`/arenden/${matterId}`);
    const drafts = sectionNamed(m.page, 'Våra utkast');
    await expect.poll(() => drafts.textContent()).toContain('Ärendet är avslutat');
    expect(await drafts.getByRole('listitem').filter({ hasText: DRAFT_TITLE }).count()).toBe(1);
    expect(await drafts.getByRole('button', { name: /^Lämna in/ }).count()).toBe(0);
    expect(await drafts.getByRole('button', { name: /^Dela/ }).count()).toBe(0);
    expect(await sectionNamed(m.page, 'Nytt utkast').count()).toBe(0);
    expect(await axeViolations(m.page)).toEqual([]);
    await m.context.close();
  });
});
