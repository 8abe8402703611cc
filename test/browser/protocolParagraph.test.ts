import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import {
  addPeople,
  createProtocolDocument,
  download,
  editorOf,
  firstOutOfOrder,
  generated,
  groupNamed,
  insertFromMenu,
  sectionOf,
  sectionParagraphs,
  typeIn,
  typeInField,
  waitUntilSaved,
} from '../support/protocolEditorPage';

const BOARD = 'Hägersten-Liljeholmens stadsdelsnämnd';
const TITLE = 'Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm';
const DECISION =
  'Hägersten-Liljeholmens stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen och därutöver anför följande.';
const PROPOSAL =
  'Abit Dundar (L) och Anette Hellström m.fl. (M) lade fram ett förslag och föreslog att nämnden skulle ställa sig bakom det.';
const PROCEDURE =
  'Ordföranden ställde förslagen mot varandra och fann att nämnden ställde sig bakom förslaget från (L) och (M).';
const RESERVATION = 'Maria Ljuslin m.fl. (V) reserverade sig mot beslutet till förmån för förvaltningens förslag.';
const STATEMENT = 'Henrik Åkerlund (SD) anmälde ett särskilt uttalande.';

describe('protocol paragraph in Chromium', () => {
  // Signed in by session cookie: the secretary, and two members of one party group (who see each other's carets).
  const suite = useBrowserSuite();

  it('builds a shortened seed paragraph through the UI alone, phrases it live, passes axe and exports it', async () => {
    const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users.admin);
    await createProtocolDocument(page, TITLE);

    // Header: every field is a labelled input; a malformed value is told beside its field.
    const header = groupNamed(page, 'Paragrafhuvud');
    await expect.poll(() => header.getByLabel('Ärendemening', { exact: true }).inputValue()).toBe(TITLE);
    const protocolNumber = header.getByLabel('Protokollnummer', { exact: true });
    await typeInField(protocolNumber, '8-2019');
    await expect.poll(() => protocolNumber.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await protocolNumber.getAttribute('aria-describedby')) ?? '';
    const message = page.locator(`[id="${describedBy.split(' ').at(-1)}"]`);
    expect(await message.textContent()).toContain('Protokollnumret ska skrivas som löpnummer/år');
    await typeInField(protocolNumber, '8/2019');
    await expect.poll(() => protocolNumber.getAttribute('aria-invalid')).toBeNull();
    await typeInField(header.getByLabel('Nämnd', { exact: true }), BOARD);
    // A date input takes its value in the browser's own format from the keyboard; fill sets it as ISO.
    await header.getByLabel('Sammanträdesdatum', { exact: true }).fill('2019-08-29');
    await typeInField(header.getByLabel('Paragrafnummer', { exact: true }), '6');
    await typeInField(header.getByLabel('Ärendetyp', { exact: true }), 'Yttrande till kommunstyrelsen');
    await typeInField(header.getByLabel('Diarienummer', { exact: true }), 'HL 2019/310');
    const replyTo = header.getByLabel('Remissvaret går till', { exact: true });
    expect(await replyTo.inputValue()).toBe('kommunstyrelsen');

    // Beslut: the decision sentence's field, an introduction, two numbered additions.
    const beslut = sectionOf(page, 'beslut');
    await beslut.getByLabel('och därutöver anför följande', { exact: true }).check();
    await expect.poll(() => generated(beslut, 'decision-sentence').textContent()).toContain(DECISION);
    await typeIn(page, sectionParagraphs(page, 'beslut').first(), 'Nämnden vill särskilt framhålla följande.');
    await insertFromMenu(page, 'Numrerade tillägg');
    await page.keyboard.type('Det är viktigt med fasta lokala arbetsgrupper.', { delay: 5 });
    await page.keyboard.press('Enter');
    await page.keyboard.type('Medborgarlöftena ska följas upp.', { delay: 5 });
    await expect.poll(() => beslut.locator('li[data-type="addition-item"]').count()).toBe(2);

    // Förslag till beslut: an own proposal by L and M.
    await insertFromMenu(page, 'Förslag');
    await page.keyboard.type('Nämnden ställer sig bakom förslaget med tillägg.', { delay: 5 });
    const proposal = groupNamed(sectionOf(page, 'forslagTillBeslut'), 'Förslag 1');
    expect(await proposal.getByLabel('Typ av förslag').inputValue()).toBe('own');
    await addPeople(groupNamed(proposal, 'Förslagsställare'), [
      { name: 'Abit Dundar', party: 'L' },
      { name: 'Anette Hellström', party: 'M', andOthers: true },
    ]);
    await expect.poll(() => generated(proposal, 'proposal').textContent()).toContain(PROPOSAL);

    // Beslutsgång, from the keyboard: the menu button opens on Enter, Escape returns to it, a letter jumps.
    const insertButton = page.getByRole('button', { name: 'Infoga' });
    await insertButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Beslutsmening');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('b');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Beslutsgång');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    const procedure = groupNamed(sectionOf(page, 'beslutsgang'), 'Beslutsgång');
    await procedure.getByLabel('Nämnden ställde sig bakom').selectOption({ label: 'Förslaget från (L) och (M)' });
    await expect.poll(() => generated(procedure, 'decision-procedure').textContent()).toContain(PROCEDURE);

    // Reservation in favour of the administration's proposal, quoted live.
    await insertFromMenu(page, 'Reservation');
    const reservation = groupNamed(sectionOf(page, 'reservation'), 'Reservation');
    await addPeople(groupNamed(reservation, 'Reservanter'), [{ name: 'Maria Ljuslin', party: 'V', andOthers: true }]);
    await reservation.getByLabel('Till förmån för').selectOption({ label: 'Förvaltningens förslag' });
    await expect.poll(() => generated(reservation, 'reservation').textContent()).toContain(RESERVATION);
    await expect
      .poll(() => generated(reservation, 'reservation-quote').textContent())
      .toContain(
        '"Hägersten-Liljeholmens stadsdelsnämnd godkänner förvaltningens tjänsteutlåtande och överlämnar det till kommunstyrelsen som svar på remissen."',
      );

    // The slash menu: "/" at the start of an empty paragraph; Escape closes it, typing filters it, Enter inserts.
    await typeIn(page, sectionParagraphs(page, 'sammanfattning').first(), '/');
    const listbox = page.getByRole('listbox', { name: 'Infoga block' });
    await expect.poll(() => listbox.getByRole('option').count()).toBe(11);
    await page.keyboard.press('Escape');
    await expect.poll(() => listbox.count()).toBe(0);
    await page.keyboard.press('Backspace');
    await typeIn(page, sectionParagraphs(page, 'sarskiltUttalande').first(), '/sär');
    await expect.poll(() => listbox.getByRole('option').allTextContents()).toEqual(['Särskilt uttalande']);
    const activeId = await editorOf(page).getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => listbox.count()).toBe(0);
    const statement = groupNamed(sectionOf(page, 'sarskiltUttalande'), 'Särskilt uttalande');
    await expect.poll(() => statement.count()).toBe(1);
    await page.waitForTimeout(150);
    await page.keyboard.type('Det är viktigt att polisen finns på plats i stadsdelen.', { delay: 5 });
    await addPeople(groupNamed(statement, 'Författare'), [{ name: 'Henrik Åkerlund', party: 'SD' }]);
    await expect.poll(() => generated(statement, 'statement').textContent()).toContain(STATEMENT);

    // Handlingar i ärendet: two rows, titles typed as text, number and status as fields.
    await insertFromMenu(page, 'Handlingar');
    await page.keyboard.type('Tjänsteutlåtande', { delay: 5 });
    const firstRow = groupNamed(page, 'Handling 1');
    await typeInField(firstRow.getByLabel('Dokumentnummer'), 'HL 2019/310-2');
    await typeInField(firstRow.getByLabel('Status (valfri)'), 'Godkänd - R 1');
    await page.getByRole('button', { name: 'Lägg till handling' }).click();
    await page.waitForTimeout(150);
    await page.keyboard.type('Remissmissiv', { delay: 5 });
    const secondRow = groupNamed(page, 'Handling 2');
    const secondNumber = secondRow.getByLabel('Dokumentnummer');
    await typeInField(secondNumber, 'HL 2019/311-1');
    await expect.poll(() => secondNumber.getAttribute('aria-invalid')).toBe('true');
    expect(await secondRow.locator('.field-error').textContent()).toContain('ska börja med ärendets diarienummer');
    await typeInField(secondNumber, 'HL 2019/310-1');
    await expect.poll(() => secondNumber.getAttribute('aria-invalid')).toBeNull();
    expect(await secondRow.locator('.attachment-row__title-text').textContent()).toBe('Remissmissiv');

    // Every generated sentence is live in the editor.
    expect(await generated(beslut, 'decision-sentence').textContent()).toContain(DECISION);
    expect(await generated(proposal, 'proposal').textContent()).toContain(PROPOSAL);
    expect(await generated(procedure, 'decision-procedure').textContent()).toContain(PROCEDURE);
    expect(await generated(reservation, 'reservation').textContent()).toContain(RESERVATION);
    expect(await generated(statement, 'statement').textContent()).toContain(STATEMENT);
    expect(await header.locator('.protocol-header__number').textContent()).toBe('§ 6');

    await waitUntilSaved(page);
    expect(await axeViolations(page)).toEqual([]);

    // The four exports, downloaded through the page's links.
    const text = (await download(page, 'Text (.txt)')).toString('utf8');
    expect(
      firstOutOfOrder(text, [
        '§ 6',
        TITLE,
        'Beslut',
        DECISION,
        'Nämnden vill särskilt framhålla följande.',
        '1. Det är viktigt med fasta lokala arbetsgrupper.',
        '2. Medborgarlöftena ska följas upp.',
        'Förslag till beslut',
        PROPOSAL,
        'Beslutsgång',
        PROCEDURE,
        'Reservation',
        RESERVATION,
        'Särskilt uttalande',
        STATEMENT,
        'Handlingar i ärendet',
        'HL 2019/310-2 (Godkänd - R 1) Tjänsteutlåtande',
        'HL 2019/310-1 Remissmissiv',
      ]),
    ).toBeUndefined();
    // Keys typed into the forms never reached the text: the summary, for one, stayed empty.
    expect(text).not.toContain('Sammanfattning av ärendet');
    const html = await download(page, 'Webbsida (.html)');
    expect(html.subarray(0, 15).toString('utf8').toLowerCase()).toBe('<!doctype html>');
    expect(html.toString('utf8')).toContain('Henrik Åkerlund (SD) anmälde ett särskilt uttalande.');
    const docx = await download(page, 'Word (.docx)');
    expect(docx.length).toBeGreaterThan(1000);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await download(page, 'PDF (.pdf)');
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await context.close();
  });

  it('records a vote from the slash menu, and rephrases everything when a person is changed or removed', async () => {
    const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users.admin);
    await createProtocolDocument(page, 'Votering');
    await insertFromMenu(page, 'Förslag');
    const proposers = groupNamed(sectionOf(page, 'forslagTillBeslut'), 'Förslagsställare');
    await addPeople(proposers, [{ name: 'Abit Dundar', party: 'L' }]);

    // "/vot" in the empty Beslutsgång section: the vote comes inside a new beslutsgång.
    await typeIn(page, sectionParagraphs(page, 'beslutsgang').first(), '/vot');
    const listbox = page.getByRole('listbox', { name: 'Infoga block' });
    await expect.poll(() => listbox.getByRole('option').allTextContents()).toEqual(['Votering']);
    await page.keyboard.press('Enter');
    const procedure = groupNamed(sectionOf(page, 'beslutsgang'), 'Beslutsgång');
    const vote = groupNamed(procedure, 'Votering');
    await expect.poll(() => vote.count()).toBe(1);
    await procedure.getByLabel('Nämnden ställde sig bakom').selectOption({ label: 'Förslaget från (L)' });
    await vote.getByLabel('Ja för').selectOption({ label: 'Förslaget från (L)' });
    await vote.getByLabel('Nej för').selectOption({ label: 'Förvaltningens förslag' });
    const yes = groupNamed(vote, 'Ja');
    await yes.getByRole('button', { name: /^Lägg till person/ }).click();
    await page.keyboard.type('Eva Ek', { delay: 5 });
    await yes.getByLabel('Parti', { exact: true }).selectOption('S');
    await typeInField(yes.getByLabel('Roll (valfri)'), 'tjänstgörande ersättare');
    await page.keyboard.press('Enter');
    await yes.getByRole('button', { name: 'Stäng', exact: true }).click();
    await typeInField(vote.getByLabel('Antal Nej'), '3');
    await expect
      .poll(() => generated(vote, 'vote').allTextContents())
      .toEqual([
        'Genereras automatiskt: Votering begärdes. Ordföranden ställde proposition med Ja för förslaget från (L) och Nej för förvaltningens förslag.',
        'Genereras automatiskt: Följande röstade Ja (1): tjänstgörande ersättare Eva Ek (S).',
        'Genereras automatiskt: Omröstningen utföll med Ja 1, Nej 3 och 0 som avstod. Nämnden beslutade därmed enligt förslaget från (L).',
      ]);

    // Changing the proposer's party renames the proposal everywhere it is referred to.
    await proposers.getByRole('button', { name: 'Ändra Abit Dundar' }).click();
    await proposers.getByLabel('Parti', { exact: true }).selectOption('M');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Ändra Abit Dundar');
    await expect
      .poll(() => generated(procedure, 'decision-procedure').textContent())
      .toMatch(/förslaget från \(M\)\.$/);
    await expect.poll(() => generated(vote, 'vote').first().textContent()).toContain('Ja för förslaget från (M)');

    // Removing the only Ja voter leaves the count to the list (now 0) and keeps the focus in the list.
    await yes.getByRole('button', { name: 'Ta bort Eva Ek' }).click();
    await expect.poll(() => yes.locator('.person__chip').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Lägg till person bland Ja');
    await expect.poll(() => generated(vote, 'vote').last().textContent()).toContain('Ja 0, Nej 3 och 0 som avstod');

    await waitUntilSaved(page);
    const text = (await download(page, 'Text (.txt)')).toString('utf8');
    expect(
      firstOutOfOrder(text, [
        'Beslutsgång',
        'Ordföranden ställde förslagen mot varandra och fann att nämnden ställde sig bakom förslaget från (M).',
        'Votering begärdes.',
        'Omröstningen utföll med Ja 0, Nej 3 och 0 som avstod.',
      ]),
    ).toBeUndefined();
    await context.close();
  });

  it('keeps both reservants when two people add one to the same reservation at the same time', async () => {
    const anna = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
    const bertil = await openAs(suite.browser, suite.server.url, suite.board.users.memberM2);
    await createProtocolDocument(anna.page, 'Samtidiga reservanter');
    await bertil.page.goto(anna.page.url());
    await waitUntilSaved(bertil.page);
    await insertFromMenu(anna.page, 'Reservation');
    const reservants = (page: Page) => groupNamed(sectionOf(page, 'reservation'), 'Reservanter');
    await expect.poll(() => reservants(bertil.page).count(), { timeout: 10_000 }).toBe(1);

    // Both fill in their form, then both press "Lägg till" at once.
    const people = [
      { user: anna, person: { name: 'Maria Ljuslin', party: 'V', andOthers: true } },
      { user: bertil, person: { name: 'Eva Fagerhem', party: 'S', andOthers: true } },
    ];
    for (const { user, person } of people) {
      const list = reservants(user.page);
      await list.getByRole('button', { name: /^Lägg till person/ }).click();
      await list.getByLabel('Namn', { exact: true }).pressSequentially(person.name, { delay: 5 });
      await list.getByLabel('Parti', { exact: true }).selectOption(person.party);
      await list.getByLabel('m.fl.', { exact: true }).check();
    }
    await Promise.all(
      people.map(({ user }) => reservants(user.page).getByRole('button', { name: 'Lägg till', exact: true }).click()),
    );

    const expected = ['Eva Fagerhem m.fl. (S)', 'Maria Ljuslin m.fl. (V)'];
    for (const { user } of people) {
      await expect
        .poll(async () => (await reservants(user.page).locator('.person__chip').allTextContents()).sort(), {
          timeout: 10_000,
        })
        .toEqual(expected);
    }
    // Both editors phrase the same sentence from the merged list.
    const sentences = await Promise.all(
      people.map(({ user }) => generated(sectionOf(user.page, 'reservation'), 'reservation').textContent()),
    );
    expect(sentences[0]).toBe(sentences[1]);
    expect(sentences[0]).toMatch(/reserverade sig mot beslutet\.$/);

    // A field changed in one editor shows, phrased, in the other.
    await sectionOf(anna.page, 'reservation')
      .getByLabel('Till förmån för')
      .selectOption({ label: 'Förvaltningens förslag' });
    await expect
      .poll(() => generated(sectionOf(bertil.page, 'reservation'), 'reservation').textContent(), { timeout: 10_000 })
      .toMatch(/reserverade sig mot beslutet till förmån för förvaltningens förslag\.$/);
    expect(await sectionOf(bertil.page, 'reservation').getByLabel('Till förmån för').inputValue()).toBe(
      'administration',
    );
    await anna.context.close();
    await bertil.context.close();
  });
});
