import { extractDocxText, extractHtmlText, extractPdfText } from '@yttra/server/export-test-support';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { download, editorOf, waitUntilSaved } from '../support/protocolEditorPage';
import { bearer } from '../support/testBoard';

const KINDS = ['proposal', 'statement', 'reservation', 'protocolNote'] as const;
const DOWNLOADS = [
  ['Text (.txt)', async (body: Buffer) => body.toString('utf8')],
  ['Webbsida (.html)', async (body: Buffer) => extractHtmlText(body.toString('utf8'))],
  ['Word (.docx)', extractDocxText],
  ['PDF (.pdf)', extractPdfText],
] as const;

const normalise = (text: string) => text.replace(/\s+/g, ' ');
const isEditorFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches('.ProseMirror[aria-label="Dokumenttext"]') === true);

describe('a party member writes in every kind of draft and finds every word in its downloads', () => {
  const suite = useBrowserSuite();

  for (const kind of KINDS) {
    it(`${kind}: a sentence typed after tabbing in and one typed after a click are in all four downloads`, async () => {
      const post = async (path: string, user: 'admin' | 'memberM', body: unknown) =>
        (await fetch(`${suite.server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...bearer(suite.board.users[user]) },
          body: JSON.stringify(body),
        }).then((response) => response.json())) as Record<string, unknown>;
      const created = await post('/api/matters', 'admin', {
        organisationId: 'hl',
        caseNumber: `HL 2019/${KINDS.indexOf(kind) + 500}`,
        title: `Samverkan ${kind}`,
      });
      const matterId = (created.matter as { id: string }).id;
      const draft = await post(`/api/matters/${matterId}/drafts`, 'memberM', {
        title: `Utkast ${kind}`,
        draftKind: kind,
      });
      const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users.memberM);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
      });
      await page.goto(`/d/${String(draft.id)}`);
      await waitUntilSaved(page);

      // A draft holds what the party writes: no paragraph header, no protocol number to fill in.
      expect(await page.getByRole('group', { name: 'Paragrafhuvud' }).count()).toBe(0);
      expect(await page.getByLabel('Protokollnummer').count()).toBe(0);
      // A statement draft stays the kind it was made as (the matter lists it so): nothing offers another kind.
      if (kind === 'statement' || kind === 'protocolNote') {
        expect(await page.getByLabel('Typ av uttalande').count()).toBe(0);
        const label = kind === 'statement' ? 'Särskilt uttalande' : 'Protokollsanteckning';
        // Under load its node view renders a moment after the status says saved.
        await expect.poll(() => page.getByRole('group', { name: label, exact: true }).count()).toBe(1);
      }

      // By keyboard: from the toolbar, Tab until the text has the focus, and type at once.
      const keyboardSentence = `Med tangentbordet skriver M i ${kind}.`;
      await page.getByRole('toolbar').getByRole('button').first().focus();
      for (let presses = 0; presses < 10 && !(await isEditorFocused(page)); presses += 1)
        await page.keyboard.press('Tab');
      expect(await isEditorFocused(page)).toBe(true);
      await page.keyboard.type(keyboardSentence);

      // By mouse: a click at the end of the text, and on writing.
      const mouseSentence = ` Med musen lägger M till en mening i ${kind}.`;
      const text = editorOf(page).locator('p', { hasText: keyboardSentence });
      const box = (await text.boundingBox())!;
      await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
      await page.keyboard.press('End');
      await page.keyboard.type(mouseSentence);
      await waitUntilSaved(page);
      expect(normalise((await editorOf(page).textContent()) ?? '')).toContain(`${keyboardSentence}${mouseSentence}`);

      for (const [link, read] of DOWNLOADS) {
        const printed = normalise(await read(await download(page, link)));
        expect(printed, link).toContain(keyboardSentence);
        expect(printed, link).toContain(mouseSentence.trim());
        expect(printed, link).not.toContain('Protokoll nr');
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(warnings.filter((warning) => warning.includes('TextSelection'))).toEqual([]);
      await context.close();
    });
  }
});
