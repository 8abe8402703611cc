import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { waitUntilSaved } from '../support/protocolEditorPage';
import { bearer } from '../support/testBoard';

const TITLE = 'Remiss om trygghet i parkerna';
const SUMMARY = 'Kommunstyrelsen har remitterat ett program för trygghet i stadens parker.';
const h1Of = (page: Page) => page.getByRole('heading', { level: 1 });
const sectionNamed = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const dialogOf = (page: Page) => page.getByRole('dialog').or(page.getByRole('alertdialog'));
const shoot = async (page: Page, name: string) => {
  if (process.env.YTTRA_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.YTTRA_SCREENSHOTS}/${name}.png`, fullPage: true });
};

function staffReport(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Tjänsteutlåtande', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Förslag till beslut', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('Nämnden godkänner tjänsteutlåtandet som svar på remissen till kommunstyrelsen.'),
            new Paragraph({ text: 'Sammanfattning', heading: HeadingLevel.HEADING_2 }),
            new Paragraph(SUMMARY),
          ],
        },
      ],
    }),
  );
}

describe('the secretary from the staff report to the anslagstavla', () => {
  const suite = useBrowserSuite();

  it('imports the staff report, has the paragraph justered by the named people, and posts it publicly', async () => {
    const { server, board } = suite;
    const api = async (who: keyof typeof board.users, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...bearer(board.users[who]) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return (await response.json()) as Record<string, unknown>;
    };
    const created = await api('admin', 'POST', '/api/matters', {
      organisationId: board.organisationId,
      caseNumber: 'HL 2025/120',
      title: TITLE,
      meetingDate: '2025-12-11',
      replyDeadline: '2026-01-15',
    });
    const matterId = (created.matter as { id: string }).id;
    const draft = await api('memberM', 'POST', `/api/matters/${matterId}/drafts`, {
      title: 'Moderaternas förslag',
      draftKind: 'proposal',
    });
    await api('memberM', 'POST', `/api/documents/${draft.id as string}/table`);

    const admin = await openAs(suite.browser, server.url, board.users.admin);
    await admin.page.goto(`/arenden/${matterId}`);
    await expect.poll(() => h1Of(admin.page).textContent()).toBe(TITLE);
    const deadlines = sectionNamed(admin.page, 'Tidsfrister');
    // The 14th day after 11 December is Christmas Day: justering is due Monday 29 December.
    expect(await deadlines.textContent()).toContain('Protokollet ska vara justerat');
    expect(await deadlines.textContent()).toContain('29 december 2025');
    expect(await axeViolations(admin.page)).toEqual([]);

    // Import: choose the file by keyboard-reachable input, submit.
    const importer = sectionNamed(admin.page, 'Importera tjänsteutlåtande');
    // A file that is no Word document is refused with a clear message.
    await importer.getByLabel('Tjänsteutlåtande (.docx)').setInputFiles({
      name: 'utlatande.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('inte en zip-fil'),
    });
    await importer.getByRole('button', { name: 'Importera' }).click();
    await expect
      .poll(() => importer.getByRole('alert').textContent(), { timeout: 30_000 })
      .toContain('inte ett Word-dokument');
    await importer.getByLabel('Tjänsteutlåtande (.docx)').setInputFiles({
      name: 'tjansteutlatande.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await staffReport(),
    });
    await importer.getByRole('button', { name: 'Importera' }).click();
    // The conversion runs in a worker thread of its own, which takes a moment to start.
    await expect
      .poll(() => admin.page.getByRole('status').first().textContent(), { timeout: 30_000 })
      .toContain('Tjänsteutlåtandet är importerat');
    expect(await axeViolations(admin.page)).toEqual([]);
    await shoot(admin.page, '1-imported');

    // Assemble and record the outcome, then the justering panel lists what is still missing.
    const assembly = sectionNamed(admin.page, 'Sammanställ paragrafen');
    await assembly.getByRole('button', { name: /^Infoga i paragrafen/ }).click();
    await expect.poll(() => assembly.textContent()).toContain('Infogad i paragrafen');
    const outcome = assembly.getByRole('region', { name: 'Registrera utfall' });
    await outcome.getByRole('button', { name: 'Registrera utfall' }).click();
    await expect.poll(() => admin.page.getByRole('status').first().textContent()).toContain('Utfallet är registrerat');
    const justering = sectionNamed(admin.page, 'Justering');
    await expect.poll(() => justering.textContent()).not.toContain('utfall');
    expect(await justering.textContent()).toContain('Paragrafnumret saknas.');
    await shoot(admin.page, '2-problems');

    // The numbers, in the paragraph's header, and the summary the import wrote.
    await sectionNamed(admin.page, 'Protokollsparagraf').getByRole('link').click();
    await admin.page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
    await waitUntilSaved(admin.page);
    await expect.poll(() => admin.page.locator('.ProseMirror').textContent()).toContain(SUMMARY);
    await admin.page.getByLabel('Protokollnummer', { exact: true }).fill('12/2025');
    await admin.page.getByLabel('Paragrafnummer', { exact: true }).fill('3');
    await admin.page.keyboard.press('Tab');
    await waitUntilSaved(admin.page);
    await admin.page.getByRole('link', { name: 'Till ärendet' }).click();
    await expect.poll(() => justering.textContent()).not.toContain('saknas');

    // The secretary names the chair and a justerare, by keyboard.
    const naming = justering.getByRole('region', { name: 'Utse justerare' });
    await naming.getByLabel('memberV (V)').focus();
    await admin.page.keyboard.press('Space');
    await naming.getByLabel('Protokollet förvaras').fill('Stadsdelsförvaltningen, Årstaängsvägen 21');
    await naming.getByRole('button', { name: 'Spara justerare' }).click();
    await expect.poll(() => justering.getByRole('list', { name: 'Justerare' }).textContent()).toContain('memberV (V)');
    expect(await justering.getByRole('button', { name: 'Justera paragrafen' }).count()).toBe(0);
    expect(await axeViolations(admin.page)).toEqual([]);
    await shoot(admin.page, '3-named');

    // Each signatory approves on their own page.
    for (const who of ['chair', 'memberV'] as const) {
      const signer = await openAs(suite.browser, server.url, board.users[who]);
      await signer.page.goto(`/arenden/${matterId}`);
      const panel = sectionNamed(signer.page, 'Justering');
      const confirm = dialogOf(signer.page);
      if (who === 'chair') {
        // By keyboard: the dialog opens on "Avbryt", the safe choice; one step back is "Justera".
        await panel.getByRole('button', { name: 'Justera paragrafen' }).focus();
        await signer.page.keyboard.press('Enter');
        await expect.poll(() => confirm.count()).toBe(1);
        await signer.page.keyboard.press('Shift+Tab');
        await signer.page.keyboard.press('Enter');
      } else {
        await panel.getByRole('button', { name: 'Justera paragrafen' }).click();
        await confirm.getByRole('button', { name: 'Justera', exact: true }).click();
      }
      await expect.poll(() => signer.page.getByRole('status').first().textContent()).toMatch(/registrerad|anslagen/);
      expect(await axeViolations(signer.page)).toEqual([]);
      await shoot(signer.page, `4-signed-${who}`);
      await signer.context.close();
    }

    await admin.page.reload();
    await expect.poll(() => justering.textContent()).toContain('Paragrafen är justerad');
    expect(await sectionNamed(admin.page, 'Importera tjänsteutlåtande').count()).toBe(0);
    expect(await justering.getByRole('region', { name: 'Rättelse' }).count()).toBe(1);
    await expect.poll(() => deadlines.textContent()).toContain('Klar');
    expect(await axeViolations(admin.page)).toEqual([]);
    await shoot(admin.page, '5-justered');

    // The anslagstavla, reached from the panel: public and readable.
    await justering.getByRole('link', { name: 'Visa anslagstavlan' }).click();
    await admin.page.waitForURL(/\/anslagstavla$/);
    expect(await h1Of(admin.page).textContent()).toBe('Anslagstavla');
    const notice = admin.page.getByRole('article', { name: /Remiss om trygghet i parkerna/ });
    expect(await notice.textContent()).toContain('Stadsdelsförvaltningen, Årstaängsvägen 21');
    expect(await axeViolations(admin.page)).toEqual([]);
    await shoot(admin.page, '6-anslagstavla');
    await admin.context.close();

    // Without sign-in and without JavaScript, the same notice and the paragraph itself.
    const citizen = await suite.browser.newContext({
      baseURL: server.url,
      javaScriptEnabled: false,
      locale: 'sv-SE',
      viewport: { width: 390, height: 844 },
    });
    const page = await citizen.newPage();
    await page.goto('/anslagstavla');
    await shoot(page, '8-anslagstavla-390');
    const publicNotice = page.getByRole('article', { name: /Remiss om trygghet i parkerna/ });
    expect(await publicNotice.textContent()).toContain('protokoll nr 12/2025, § 3');
    await publicNotice.getByRole('link', { name: 'Läs paragrafen (webbsida)' }).click();
    await page.waitForURL(/paragraf\.html$/);
    expect(await page.locator('body').textContent()).toContain(SUMMARY);

    // A rättelse by the secretary, by keyboard: recorded, and the notice comes down.
    const secretary = await openAs(suite.browser, server.url, board.users.admin);
    await secretary.page.goto(`/arenden/${matterId}`);
    const correction = sectionNamed(secretary.page, 'Rättelse');
    await correction.getByLabel('Skäl till rättelsen').focus();
    await secretary.page.keyboard.type('Fel paragrafnummer i rubriken');
    await secretary.page.keyboard.press('Tab');
    await secretary.page.keyboard.press('Enter');
    const reopened = sectionNamed(secretary.page, 'Justering');
    await expect
      .poll(() => reopened.getByRole('region', { name: 'Rättelser' }).textContent())
      .toContain('Fel paragrafnummer i rubriken');
    expect(await reopened.getByRole('region', { name: 'Utse justerare' }).count()).toBe(1);
    expect(await axeViolations(secretary.page)).toEqual([]);
    await shoot(secretary.page, '9-corrected');
    await page.goto('/anslagstavla');
    expect(await page.locator('main').textContent()).toContain('Inga tillkännagivanden just nu.');
    await secretary.context.close();
    await citizen.close();
  });

  it('offers the deadlines as a calendar subscription from the overview', async () => {
    const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    await page.goto('/');
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: TITLE }).textContent())
      .toMatch(/Nästa frist|Passerad frist/);
    const calendar = sectionNamed(page, 'Tidsfrister i din kalender');
    await calendar.getByRole('button', { name: 'Prenumerera i kalendern' }).click();
    const address = calendar.getByLabel('Din kalenderadress');
    await expect.poll(() => address.inputValue()).toMatch(/\/api\/calendar\/yc_[\w-]+\/tidsfrister\.ics$/);
    const feedUrl = await address.inputValue();
    const feed = await fetch(feedUrl);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, '7-calendar');
    await calendar.getByRole('button', { name: 'Ta bort prenumerationen' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('borttagen');
    expect(await address.count()).toBe(0);
    expect((await fetch(feedUrl)).status).toBe(404);
    await context.close();
  });
});
