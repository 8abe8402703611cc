import type { Page } from 'playwright-core';

/** ProseMirror JSON, as the editor's getJSON gives it. */
export interface JSONContent {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: JSONContent[];
  text?: string;
}

export interface SnapshotBlock {
  text: string;
  /** The part of the block's text the selection covers, in characters; null when it covers none. */
  selStart: number | null;
  selEnd: number | null;
  /** The block's element is laid out on the page (it has boxes). */
  visible: boolean;
  /** Names of the nodes around the block, outermost first (section ids as `protocolSection:<id>`). */
  ancestors: string[];
}

/** The editor as the check sees it: ProseMirror's document and selection, and what the page shows of them. */
export interface EditorSnapshot {
  blocks: SnapshotBlock[];
  /** Where a collapsed text selection stands: the block's index and the offset in its text. */
  caret: { block: number; offset: number } | null;
  selection: 'text' | 'node' | 'all' | 'other';
  focusInEditor: boolean;
  /** With the focus in the editor: the browser's caret (where it inserts typed text) is in editable text. */
  browserCaretInText: boolean;
  json: JSONContent;
}

/** Reads the snapshot in the page, from the editor Tiptap hangs on its element, once pending selection changes are read. */
export function editorSnapshot(page: Page): Promise<EditorSnapshot> {
  return page.evaluate(async () => {
    // ProseMirror reads the browser's selection changes (Home, Shift+arrows) in tasks after the key: let them run,
    // as they would in the pause before a person's next key.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const dom = document.querySelector('.ProseMirror[aria-label="Dokumenttext"]') as HTMLElement & {
      editor: {
        state: { doc: any; selection: any };
        view: { domAtPos(pos: number): { node: Node } };
        getJSON(): unknown;
      };
    };
    const { state, view } = dom.editor;
    const { selection } = state;
    const blocks: SnapshotBlock[] = [];
    let caret: EditorSnapshot['caret'] = null;
    state.doc.descendants((node: any, pos: number) => {
      if (!node.isTextblock) return true;
      const start = pos + 1;
      const end = start + node.content.size;
      const from = Math.max(selection.from, start);
      const to = Math.min(selection.to, end);
      const covered = !selection.empty && to > from;
      const $pos = state.doc.resolve(pos);
      const ancestors: string[] = [];
      for (let depth = 1; depth <= $pos.depth; depth += 1) {
        const ancestor = $pos.node(depth);
        ancestors.push(
          ancestor.type.name === 'protocolSection' ? `protocolSection:${ancestor.attrs.sectionId}` : ancestor.type.name,
        );
      }
      const target = view.domAtPos(start).node;
      const element = (target.nodeType === 1 ? target : target.parentElement) as Element | null;
      if (selection.empty && selection.from >= start && selection.from <= end && caret === null) {
        caret = { block: blocks.length, offset: selection.from - start };
      }
      blocks.push({
        text: node.textContent,
        selStart: covered ? state.doc.textBetween(start, from).length : null,
        selEnd: covered ? state.doc.textBetween(start, to).length : null,
        visible: element !== null && element.getClientRects().length > 0,
        ancestors,
      });
      return false;
    });
    const jsonId = selection.toJSON().type as string;
    const focusInEditor = document.activeElement === dom;
    const browserSelection = document.getSelection();
    const anchor = browserSelection?.anchorNode ?? null;
    const anchorElement = anchor ? ((anchor.nodeType === 1 ? anchor : anchor.parentElement) as Element | null) : null;
    const browserCaretInText =
      jsonId === 'node' ||
      jsonId === 'all' ||
      (anchorElement !== null &&
        dom.contains(anchorElement) &&
        anchorElement.closest('[contenteditable="false"]') === null);
    return {
      blocks,
      caret,
      selection: jsonId === 'text' || jsonId === 'node' || jsonId === 'all' ? jsonId : 'other',
      focusInEditor,
      browserCaretInText,
      json: dom.editor.getJSON() as JSONContent,
    } satisfies EditorSnapshot;
  });
}
