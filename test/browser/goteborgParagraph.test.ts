import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTemplate } from '@yttra/domain';
import { createOrganisation } from '@yttra/server/setup';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { firstOutOfOrder } from '../support/protocolEditorPage';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
const FIXTURES = new URL('../../packages/domain/src/fixtures/goteborg/', import.meta.url);
const template = parseTemplate(
  JSON.parse(readFileSync(new URL('goteborg-kommunstyrelsen.json', `file://${TEMPLATES_DIR}/`), 'utf8')),
);

/**
 * A Göteborg paragraph with two rounds of propositions and votes, written through the paragraph API, in the
 * editor: every generated sentence shows in the secretary's order under the organisation's headings, and the party
 * choice offers the organisation's own parties (D, Demokraterna).
 */
describe('a two-round-vote paragraph of another organisation, in the editor', () => {
  const suite = useBrowserSuite({ TEMPLATES_DIR });

  it('shows both rounds in order, with the organisation’s headings and parties, and passes axe', async () => {
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
    const api = (path: string, body: unknown) =>
      fetch(`${suite.server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    const created = await api('/api/matters', {
      organisationId: 'gbg-ks',
      caseNumber: 'SLK-2023-01043',
      title: 'Inriktning för uppdraget att förstärka arbetet mot antisemitism och islamofobi',
    });
    const { matter, protocolDocumentId } = (await created.json()) as {
      matter: { id: string };
      protocolDocumentId: string;
    };
    const paragraph = JSON.parse(readFileSync(new URL('2024-05-29-p505.json', FIXTURES), 'utf8'));
    expect((await api(`/api/matters/${matter.id}/paragraph`, paragraph)).status).toBe(200);

    const { context, page } = await openAs(suite.browser, suite.server.url, { session: { cookie: session.token } });
    await page.goto(`/d/${protocolDocumentId}`);
    const headings = page.locator('.protocol-section h2');
    await expect
      .poll(() => headings.allTextContents(), { timeout: 15_000 })
      .toEqual([
        'Beslut',
        'Tidigare behandling',
        'Handlingar',
        'Yrkanden',
        'Propositionsordning',
        'Omröstning',
        'Propositionsordning',
        'Omröstning',
        'Reservation',
      ]);
    const text = ((await page.locator('.ProseMirror').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(
      firstOutOfOrder(text, [
        'Enligt stadsledningskontorets förslag:',
        'Daniel Bernmar (V) yrkar bifall till stadsledningskontorets förslag och avslag på övriga yrkanden.',
        'Ordföranden Jonas Attenius (S) ställer först propositioner på yrkandena med undantag av tilläggsyrkandet från SD och finner att Daniel Bernmars yrkande bifallits. Omröstning begärs.',
        'Godkänd voteringsproposition: "Ja för bifall till Daniel Bernmars yrkande och Nej för bifall till Nina Miskovskys yrkande."',
        'Axel Darvik (L), Elisabet Lann (KD) samt tjänstgörande ersättarna Nina Miskovsky (M) och Anneli Rhedin (M) röstar Nej (4).',
        'Ordföranden ställer härefter propositioner på bifall respektive avslag på tilläggsyrkandet från SD och finner att det avslagits. Omröstning begärs.',
        'Godkänd voteringsproposition: "Ja för avslag och Nej för bifall till tilläggsyrkandet från SD."',
        'Jörgen Fogelklou (SD) röstar Nej (1).',
        'Jörgen Fogelklou (SD) reserverar sig mot beslutet till förmån för det egna yrkandet.',
      ]),
    ).toBeUndefined();

    // Dated attachment rows show their dates as fields.
    expect(await page.locator('.attachment-row').first().getByLabel('Datum', { exact: true }).inputValue()).toBe(
      '2024-03-15',
    );

    // The party choice is the organisation's list, with its local party.
    await page
      .getByRole('button', { name: /Lägg till person/ })
      .first()
      .click();
    const party = page.getByLabel('Parti').first();
    expect(await party.locator('option').allTextContents()).toContain('D – Demokraterna');

    await page.screenshot({ path: '/tmp/goteborg-two-rounds.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
