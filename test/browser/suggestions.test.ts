import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { editorOf, typeIn, waitUntilSaved } from '../support/protocolEditorPage';
import { bearer } from '../support/testBoard';

const DRAFT_TITLE = 'Yrkande om lokala arbetsgrupper';
const M_TEXT = 'Nämnden vill ha fasta lokala arbetsgrupper.';
const SCREENSHOTS = process.env.YTTRA_SCREENSHOTS;

const proposalParagraph = (page: Page) =>
  page
    .getByRole('group', { name: 'Förslag 1', exact: true })
    .locator('.block__content > [data-node-view-content-react] > p')
    .first();
const panelOf = (page: Page) => page.getByRole('region', { name: 'Förslag till ändringar' });
const suggestionItems = (page: Page) => panelOf(page).locator('.suggestion-item__what');

/** The proposal's text as it reads now: suggested insertions in [+ ], deletions in [- ]. */
async function markedText(page: Page): Promise<string> {
  return proposalParagraph(page).evaluate((element) => {
    let out = '';
    const walk = (node: Node) => {
      if (node instanceof HTMLElement && node.classList.contains('collaboration-carets__caret')) return;
      if (node instanceof HTMLElement && node.matches('ins.suggestion')) {
        out += `[+${node.textContent}]`;
        return;
      }
      if (node instanceof HTMLElement && node.matches('del.suggestion')) {
        out += `[-${node.textContent}]`;
        return;
      }
      if (node.nodeType === Node.TEXT_NODE) out += node.textContent;
      for (const child of node.childNodes) walk(child);
    };
    walk(element);
    return out.replaceAll('\u200B', '');
  });
}

describe('suggestions in a shared draft, in Chromium', () => {
  const suite = useBrowserSuite();

  it('lets L suggest in M’s draft and M accept one suggestion and reject another, both seeing it live', async () => {
    const { server, board } = suite;
    const api = (path: string, user: keyof typeof board.users, body: unknown, method = 'POST') =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...bearer(board.users[user]) },
        body: JSON.stringify(body),
      });
    const matter = await api('/api/matters', 'admin', {
      organisationId: 'hl',
      caseNumber: 'HL 2019/310',
      title: 'Samverkan',
    });
    const matterId = ((await matter.json()) as { matter: { id: string } }).matter.id;
    const draft = await api(`/api/matters/${matterId}/drafts`, 'memberM', {
      title: DRAFT_TITLE,
      draftKind: 'proposal',
    });
    const draftId = ((await draft.json()) as { id: string }).id;

    const m = await openAs(suite.browser, server.url, board.users.memberM);
    await m.page.goto(`/d/${draftId}`);
    await waitUntilSaved(m.page);
    await typeIn(m.page, proposalParagraph(m.page), M_TEXT);
    await waitUntilSaved(m.page);

    // M shares the draft with L for suggestions only, from the matter page's dialog.
    await m.page.goto(`/arenden/${matterId}`);
    await m.page.getByRole('button', { name: `Dela ${DRAFT_TITLE}` }).click();
    const dialog = m.page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /Liberalerna/ }).check();
    await dialog.getByRole('checkbox', { name: 'Bara förslag (L)' }).check();
    expect(await axeViolations(m.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => m.page.getByText('Liberalerna (L) (förslag)').count()).toBe(1);
    await m.page.goto(`/d/${draftId}`);
    await waitUntilSaved(m.page);

    // L opens it: every edit is a suggestion, and L cannot switch that off.
    const l = await openAs(suite.browser, server.url, board.users.memberL);
    await l.page.goto(`/d/${draftId}`);
    await waitUntilSaved(l.page);
    const toggle = l.page.getByRole('button', { name: 'Föreslå ändringar' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => markedText(l.page)).toBe(M_TEXT);

    // L suggests adding a sentence at the end, and removing "fasta ".
    await typeIn(l.page, proposalParagraph(l.page), ' De ska träffas varje månad.');
    await waitUntilSaved(l.page);
    const start = M_TEXT.indexOf('fasta ');
    await proposalParagraph(l.page).evaluate(
      (element, [from, length]) => {
        const text = element.firstChild as Text;
        const range = document.createRange();
        range.setStart(text, from as number);
        range.setEnd(text, (from as number) + (length as number));
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      },
      [start, 'fasta '.length],
    );
    await l.page.waitForTimeout(100);
    await l.page.keyboard.press('Backspace');
    await waitUntilSaved(l.page);
    const suggested = 'Nämnden vill ha [-fasta ]lokala arbetsgrupper.[+ De ska träffas varje månad.]';
    await expect.poll(() => markedText(l.page)).toBe(suggested);
    expect(await axeViolations(l.page)).toEqual([]);

    // M sees both live, inline and beside the text, with L's name.
    await expect.poll(() => markedText(m.page), { timeout: 10_000 }).toBe(suggested);
    await expect
      .poll(() => suggestionItems(m.page).allTextContents())
      .toEqual(['Ta bort ”fasta ”', 'Lägg till ” De ska träffas varje månad.”']);
    expect(await panelOf(m.page).textContent()).toContain('memberL');
    expect(await axeViolations(m.page)).toEqual([]);
    if (SCREENSHOTS) {
      await m.page.screenshot({ path: `${SCREENSHOTS}/suggestions-m.png`, fullPage: true });
      await l.page.screenshot({ path: `${SCREENSHOTS}/suggestions-l.png`, fullPage: true });
    }

    // M accepts the deletion and rejects the insertion; L sees both decisions live.
    await panelOf(m.page)
      .getByRole('button', { name: /^Godta: Ta bort ”fasta ”/ })
      .click();
    await expect
      .poll(() => markedText(m.page))
      .toBe('Nämnden vill ha lokala arbetsgrupper.[+ De ska träffas varje månad.]');
    await panelOf(m.page)
      .getByRole('button', { name: /^Avvisa: Lägg till/ })
      .click();
    await expect.poll(() => markedText(m.page)).toBe('Nämnden vill ha lokala arbetsgrupper.');
    await waitUntilSaved(m.page);
    await expect.poll(() => markedText(l.page), { timeout: 10_000 }).toBe('Nämnden vill ha lokala arbetsgrupper.');
    await expect.poll(() => panelOf(l.page).getByText('Inga öppna förslag.').count()).toBe(1);
    expect(await editorOf(l.page).count()).toBe(1);
    if (SCREENSHOTS) await m.page.screenshot({ path: `${SCREENSHOTS}/suggestions-decided.png`, fullPage: true });

    // An owner may suggest too: with the toggle on, M's words are a suggestion; "Godta alla" makes them text.
    const own = m.page.getByRole('button', { name: 'Föreslå ändringar' });
    await own.click();
    expect(await own.getAttribute('aria-pressed')).toBe('true');
    await typeIn(m.page, proposalParagraph(m.page), ' Senast i juni.');
    const withOwn = 'Nämnden vill ha lokala arbetsgrupper.[+ Senast i juni.]';
    await expect.poll(() => markedText(m.page)).toBe(withOwn);
    await expect.poll(() => markedText(l.page), { timeout: 10_000 }).toBe(withOwn);
    await panelOf(m.page).getByRole('button', { name: 'Godta alla' }).click();
    await expect
      .poll(() => markedText(l.page), { timeout: 10_000 })
      .toBe('Nämnden vill ha lokala arbetsgrupper. Senast i juni.');
    await m.context.close();
    await l.context.close();
  });
});
