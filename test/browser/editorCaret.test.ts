import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAs } from '../support/browser';
import { useBrowserSuite } from '../support/browserSuite';
import { editorOf, insertFromMenu } from '../support/protocolEditorPage';
import { bearer, type TestRole } from '../support/testBoard';

// Places where Chrome lost the caret or the selection, found by the random sessions (editorFuzz.test.ts) and
// replayed here one by one: each test fails without its fix in packages/editor/src/editing.

interface EditorProbe {
  /** The browser's selection has a range (Chrome drops it in some places, and input then goes nowhere). */
  browserRanges: number;
  /** The browser's caret is where ProseMirror's selection head is (they part while Chrome still handles a click). */
  browserAtHead: boolean;
  /** ProseMirror's selection head is at the end of its textblock. */
  atTextblockEnd: boolean;
  selection: string;
  parent: string;
  texts: string[];
}

/** The part of a ProseMirror node the probe reads (the test package does not depend on Tiptap). */
interface TextblockTree {
  isTextblock: boolean;
  textContent: string;
  type: { name: string };
  descendants(visit: (node: TextblockTree) => boolean): void;
}

const probe = (page: Page): Promise<EditorProbe> =>
  page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const dom = document.querySelector('.ProseMirror[aria-label="Dokumenttext"]') as HTMLElement & {
      editor: {
        state: {
          doc: TextblockTree;
          selection: {
            head: number;
            toJSON(): { type: string };
            $head: { parent: TextblockTree & { content: { size: number } }; parentOffset: number };
          };
        };
        view: { posAtDOM(node: Node, offset: number): number };
      };
    };
    const { state } = dom.editor;
    const texts: string[] = [];
    state.doc.descendants((node) => {
      if (node.isTextblock && node.textContent) texts.push(node.textContent);
      return !node.isTextblock;
    });
    const browser = document.getSelection();
    let browserAtHead = false;
    try {
      browserAtHead =
        !!browser?.focusNode &&
        dom.editor.view.posAtDOM(browser.focusNode, browser.focusOffset) === state.selection.head;
    } catch {
      // A DOM point ProseMirror cannot map is not where its selection is.
    }
    return {
      browserRanges: document.getSelection()?.rangeCount ?? 0,
      browserAtHead,
      atTextblockEnd: state.selection.$head.parentOffset === state.selection.$head.parent.content.size,
      selection: state.selection.toJSON().type,
      parent: state.selection.$head.parent.type.name,
      texts,
    };
  });

describe('the caret in places Chrome cannot keep it', () => {
  const suite = useBrowserSuite();
  let matters = 0;

  const api = async (path: string, user: TestRole, body: unknown) => {
    const response = await fetch(`${suite.server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(suite.board.users[user]) },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(201);
    return response.json() as Promise<{ id?: string; protocolDocumentId?: string; matter?: { id: string } }>;
  };

  /** A new matter's paragraph (as the secretary) or a new draft of `kind` (as M), opened with the caret in text. */
  async function open(kind: 'paragraph' | 'reservation' | 'proposal') {
    matters += 1;
    const created = await api('/api/matters', 'admin', {
      organisationId: 'hl',
      caseNumber: `HL 2019/${2000 + matters}`,
      title: `Markörärende ${matters}`,
    });
    const user: TestRole = kind === 'paragraph' ? 'admin' : 'memberM';
    const documentId =
      kind === 'paragraph'
        ? String(created.protocolDocumentId)
        : String(
            (await api(`/api/matters/${created.matter?.id}/drafts`, user, { title: 'Utkast', draftKind: kind })).id,
          );
    const { context, page } = await openAs(suite.browser, suite.server.url, suite.board.users[user]);
    await page.goto(`/d/${documentId}`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="connection-status"]')?.getAttribute('data-state') === 'synced',
    );
    await editorOf(page).locator('p').first().click();
    await page.waitForTimeout(100);
    return { context, page };
  }

  it('keeps a select-all when the document ends in a block’s buttons, so text that arrives as input lands', async () => {
    // "Handlingar" is the paragraph's last block and ends in its "Lägg till handling" button.
    const { context, page } = await open('paragraph');
    try {
      await insertFromMenu(page, 'Handlingar');
      await page.keyboard.type('rubrik');
      await page.keyboard.press('Control+a');
      expect(await probe(page)).toMatchObject({ selection: 'all', browserRanges: 1 });
      // A key Chrome handles itself used to drop the selection; ö, typed by Playwright as input (as a layout,
      // dictation or an IME sends it), then went nowhere.
      await page.keyboard.press('Shift');
      expect((await probe(page)).browserRanges).toBe(1);
      await page.keyboard.type('överallt');
      expect((await probe(page)).texts).toEqual(['överallt']);
    } finally {
      await context.close();
    }
  });

  it('keeps a select-all in a proposal draft that ends in its additions’ "Lägg till tillägg" button', async () => {
    const { context, page } = await open('proposal');
    try {
      await page.keyboard.type('yrkande');
      await insertFromMenu(page, 'Numrerade tillägg');
      await page.keyboard.type('tillägg');
      await page.keyboard.press('Control+a');
      await page.keyboard.press('Shift');
      expect((await probe(page)).browserRanges).toBe(1);
      await page.keyboard.type('ärligt');
      expect((await probe(page)).texts).toEqual(['ärligt']);
    } finally {
      await context.close();
    }
  });

  it('puts a word typed at once after an Infoga click into the text, not the page', async () => {
    // The menu item that had the focus closes with the click, and Tiptap gave the editor the focus back only in the
    // next animation frame: keys before it went to the page (the likely loss in paragraph fuzz seed 20261350, a word
    // typed right after an insert under load, which did not replay at load 9).
    const { context, page } = await open('proposal');
    try {
      await page.keyboard.type('yrkande');
      await page.getByRole('button', { name: 'Infoga' }).click();
      // Keys wait for no animation frame: a busy page handles those already queued before its next one.
      const focusedAtOnce = await page.evaluate(async () => {
        const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find(
          (element) => element.textContent === 'Numrerade tillägg',
        );
        item?.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        return document.activeElement?.getAttribute('aria-label');
      });
      expect(focusedAtOnce).toBe('Dokumenttext');
      await page.keyboard.type('genast');
      expect((await probe(page)).texts).toEqual(['yrkande', 'genast']);
      await editorOf(page).getByRole('button', { name: 'Lägg till tillägg' }).click();
      await page.keyboard.type('sedan');
      expect((await probe(page)).texts).toEqual(['yrkande', 'genast', 'sedan']);
    } finally {
      await context.close();
    }
  });

  it('types text that arrives as input over a selected block, in order, as a key press would', async () => {
    // An inserted beslutsgång has no text of its own: it is selected, and typing replaces it. ä and ö, which
    // Playwright (like some layouts, dictation, an IME) sends as input, were dropped or put after the rest.
    const { context, page } = await open('paragraph');
    try {
      await insertFromMenu(page, 'Beslutsgång');
      expect((await probe(page)).selection).toBe('node');
      await page.keyboard.type('äöQ');
      expect((await probe(page)).texts).toEqual(['äöQ']);
    } finally {
      await context.close();
    }
  });

  it('moves the caret by the arrows across a block’s fields into the text beyond, and back', async () => {
    const { context, page } = await open('paragraph');
    try {
      await insertFromMenu(page, 'Handlingar');
      // The caret is in the row's title; before it stand the row's fields, the list's controls, the heading.
      expect((await probe(page)).parent).toBe('attachmentRow');
      await page.keyboard.press('ArrowLeft');
      const left = await probe(page);
      expect(left).toMatchObject({ parent: 'paragraph', browserRanges: 1 });
      await page.keyboard.type('vänster');
      await page.keyboard.press('ArrowRight');
      expect((await probe(page)).parent).toBe('attachmentRow');
      await page.keyboard.type('rubrik');
      await page.keyboard.press('ArrowUp');
      expect(await probe(page)).toMatchObject({ parent: 'paragraph', browserRanges: 1 });
      await page.keyboard.type('upp');
      await page.keyboard.press('ArrowDown');
      expect((await probe(page)).parent).toBe('attachmentRow');
      await page.keyboard.press('End');
      await page.keyboard.type('ner');
      const { texts } = await probe(page);
      expect(texts).toContain('vänsterupp');
      expect(texts).toContain('rubrikner');
    } finally {
      await context.close();
    }
  });

  it('extends a selection by Shift and an arrow across a block’s fields, and what is typed replaces it', async () => {
    // Paragraph fuzz seeds 20261724 and 20262069: Chrome put the selection's head in the fields; the next key went nowhere.
    const { context, page } = await open('paragraph');
    try {
      await page.keyboard.type('Före');
      await insertFromMenu(page, 'Handlingar');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Shift+ArrowLeft');
      expect(await probe(page)).toMatchObject({ selection: 'text', browserRanges: 1, browserAtHead: true });
      await page.keyboard.press('Shift+ArrowLeft');
      await page.keyboard.type('Efter');
      const { texts } = await probe(page);
      expect(texts).toEqual(['Före', 'Efter']);
    } finally {
      await context.close();
    }
  });

  it('puts the caret in the text when a triple click on a generated sentence would select the whole draft', async () => {
    // Reservation fuzz seed 20261348: the selected draft took Enter as Chrome's own edit of its DOM, which came back
    // as a reservation without its paragraph (and with proposers for reservants); the word typed next was lost.
    const { context, page } = await open('reservation');
    try {
      await page.keyboard.type('skäl');
      // ProseMirror counts clicks by their time and place: the click that placed the caret is not one of the three.
      await page.waitForTimeout(600);
      for (let click = 0; click < 3; click += 1) {
        await editorOf(page).locator('[data-generated="reservation"]').click();
        await page.waitForTimeout(100);
      }
      // Under load Chrome may still be handling the clicks (a selection change, the mouseup's caret check) after
      // the last one returns: wait for the caret to settle in the text, as a person's next key would.
      await expect
        .poll(() => probe(page), { timeout: 10_000 })
        .toMatchObject({ selection: 'text', parent: 'paragraph', browserRanges: 1, browserAtHead: true });
      await page.keyboard.press('End');
      // ProseMirror reads the move the browser made from a selectionchange event, which a busy page may handle after
      // the next key: a person's Enter comes later than that.
      await expect.poll(() => probe(page), { timeout: 10_000 }).toMatchObject({ atTextblockEnd: true });
      await page.keyboard.press('Enter');
      await page.keyboard.type('olrQfb');
      expect((await probe(page)).texts).toEqual(['skäl', 'olrQfb']);
      // Seed 20261208: Backspace over the selected draft put an empty reservation of the schema's defaults in its
      // place. Now the triple click leaves the caret at the start of the text, where Backspace has nothing to delete.
      await page.waitForTimeout(600);
      for (let click = 0; click < 3; click += 1) {
        await editorOf(page).locator('[data-generated="reservation"]').click();
        await page.waitForTimeout(100);
      }
      await expect
        .poll(() => probe(page), { timeout: 10_000 })
        .toMatchObject({ selection: 'text', parent: 'paragraph', browserRanges: 1, browserAtHead: true });
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('tre');
      expect((await probe(page)).texts).toEqual(['treskäl', 'olrQfb']);
      expect(await editorOf(page).locator('.person-list').getAttribute('data-purpose')).toBe('reservants');
    } finally {
      await context.close();
    }
  });
});
