import type { DocumentShape } from '@yttra/editor';
import type { Page } from 'playwright-core';
import type { FuzzAction } from './actions';
import { checkSnapshot, downloadText } from './checkSnapshot';
import { type EditorSnapshot, editorSnapshot } from './editorSnapshot';
import { TypedText } from './typedText';

export interface SessionFailure {
  /** Index of the action after which the check failed; -1: before the first. */
  step: number;
  message: string;
}

const editorOf = (page: Page) => page.locator('.ProseMirror[aria-label="Dokumenttext"]');
const isEditorFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches('.ProseMirror[aria-label="Dokumenttext"]') === true);

/** The textblocks (their text) of the block a removal takes: the one around the caret, or the one with the button. */
async function textsOfBlockToRemove(page: Page, action: Extract<FuzzAction, { kind: 'removeBlock' }>) {
  return page.evaluate(
    ({ by, index }) => {
      const dom = document.querySelector('.ProseMirror[aria-label="Dokumenttext"]') as HTMLElement & { editor: any };
      const { state, view } = dom.editor;
      let block: HTMLElement | null = null;
      if (by === 'button') {
        const buttons = [...dom.querySelectorAll<HTMLElement>('.block__remove')];
        block =
          (buttons[index % Math.max(buttons.length, 1)]?.closest('[data-node-view-wrapper]') as HTMLElement) ?? null;
      } else {
        const removable = new Set([
          'decisionSentence',
          'numberedAdditions',
          'proposal',
          'proposalsClosing',
          'decisionProcedure',
          'vote',
          'reservation',
          'statement',
          'attachmentList',
        ]);
        const { $from } = state.selection;
        const selected = state.selection.node;
        if (selected && removable.has(selected.type.name)) return [selected.textContent as string];
        for (let depth = $from.depth; depth > 0; depth -= 1) {
          if (removable.has($from.node(depth).type.name)) {
            const texts: string[] = [];
            $from.node(depth).descendants((node: any) => {
              if (node.isTextblock) texts.push(node.textContent);
              return !node.isTextblock;
            });
            return texts;
          }
        }
        return [];
      }
      if (!block) return [];
      const pos = view.posAtDOM(block, 0);
      const node = state.doc.resolve(pos).parent;
      const texts: string[] = [];
      node.descendants((child: any) => {
        if (child.isTextblock) texts.push(child.textContent);
        return !child.isTextblock;
      });
      return texts;
    },
    { by: action.by, index: action.index },
  );
}

/** Brings the focus back into the editor by the keyboard, as a person tabbing around would. */
async function tabBackIntoEditor(page: Page, backwards: boolean): Promise<void> {
  for (let presses = 0; presses < 25 && !(await isEditorFocused(page)); presses += 1) {
    await page.keyboard.press(backwards ? 'Tab' : 'Shift+Tab');
  }
  if (!(await isEditorFocused(page))) await editorOf(page).locator('p').first().click();
}

/** Performs one action, updating the model of typed text from the editor's state just before it. */
async function perform(page: Page, action: FuzzAction, typed: TypedText, before: EditorSnapshot): Promise<void> {
  if (!before.focusInEditor && action.kind !== 'click') await tabBackIntoEditor(page, false);
  switch (action.kind) {
    case 'type':
      if (before.selection !== 'text' || before.caret === null) typed.removeSelection(before);
      else typed.splitAtCaret(before);
      await page.keyboard.type(action.text);
      typed.typed(action.text);
      return;
    case 'press':
      if (['Enter', 'Backspace', 'Delete'].includes(action.key)) {
        if (before.caret === null) typed.removeSelection(before);
        else if (action.key === 'Enter') typed.splitAtCaret(before);
        else typed.removeNextToCaret(before, action.key === 'Backspace' ? 'before' : 'after');
      }
      await page.keyboard.press(action.key);
      return;
    case 'select':
      for (let time = 0; time < action.times; time += 1) await page.keyboard.press(`Shift+${action.key}`);
      return;
    case 'selectAllType':
    case 'selectAllDelete': {
      await page.keyboard.press('Control+a');
      typed.removeSelection(await editorSnapshot(page));
      if (action.kind === 'selectAllType') {
        await page.keyboard.type(action.text);
        typed.typed(action.text);
      } else {
        await page.keyboard.press('Backspace');
      }
      return;
    }
    case 'undo':
    case 'redo':
      await page.keyboard.press(action.kind === 'undo' ? 'Control+z' : 'Control+Shift+z');
      typed.rebase(await editorSnapshot(page));
      return;
    case 'tabAway':
      for (let time = 0; time < action.times; time += 1)
        await page.keyboard.press(action.backwards ? 'Shift+Tab' : 'Tab');
      await tabBackIntoEditor(page, action.backwards);
      return;
    case 'insert': {
      const menuButton = page.getByRole('button', { name: 'Infoga' });
      if ((await menuButton.count()) === 0) return;
      await menuButton.click();
      const item = page.getByRole('menu').getByRole('menuitem', { name: action.label, exact: true });
      if ((await item.count()) === 0 || (await item.getAttribute('aria-disabled')) === 'true') {
        await page.keyboard.press('Escape');
        return;
      }
      if (before.caret === null) typed.removeSelection(before);
      await item.click();
      await page.waitForTimeout(30);
      return;
    }
    case 'removeBlock': {
      typed.removeBlocks(await textsOfBlockToRemove(page, action));
      if (action.by === 'keyboard') {
        await page.keyboard.press('Control+Shift+Backspace');
      } else {
        const buttons = editorOf(page).locator('.block__remove');
        const count = await buttons.count();
        if (count > 0) await buttons.nth(action.index % count).click();
      }
      await page.waitForTimeout(30);
      return;
    }
    case 'addAddition': {
      const buttons = editorOf(page).getByRole('button', { name: 'Lägg till tillägg' });
      const count = await buttons.count();
      if (count === 0) return;
      await buttons.nth(count - 1).click();
      await page.waitForTimeout(30);
      await page.keyboard.type(action.text);
      typed.typed(action.text);
      return;
    }
    case 'click': {
      const paragraphs = editorOf(page).locator('p');
      const count = await paragraphs.count();
      if (count > 0) await paragraphs.nth(action.index % count).click();
      // A person's pause between a click and the next key, in which the editor settles its caret.
      await page.waitForTimeout(50);
      return;
    }
  }
}

/**
 * Runs actions on the editor open in `page`, checking the invariants (checkSnapshot) after every one; the
 * download's text is computed from the editor's content by the mapping the server's downloads use. Stops at the
 * first violation.
 */
export async function runSession(
  page: Page,
  shape: DocumentShape,
  actions: readonly FuzzAction[],
): Promise<SessionFailure | undefined> {
  const typed = new TypedText();
  let snapshot = await editorSnapshot(page);
  for (const [step, action] of actions.entries()) {
    try {
      await perform(page, action, typed, snapshot);
    } catch (error) {
      return { step, message: `the action failed: ${error instanceof Error ? error.message.split('\n')[0] : error}` };
    }
    snapshot = await editorSnapshot(page);
    const problem = checkSnapshot(snapshot, shape, typed, downloadText(snapshot.json, shape));
    if (problem) return { step, message: problem };
  }
  return undefined;
}
