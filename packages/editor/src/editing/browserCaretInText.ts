import type { EditorView } from '@tiptap/pm/view';

/** The DOM methods used, typed here because the server compiles this package without the DOM library. */
interface DomPoint {
  node: { nodeType: number; parentElement: unknown } | null;
  offset: number;
}
interface ClosestElement {
  closest(selector: string): unknown;
}

/**
 * Whether the browser's selection (where it inserts typed text) has both ends in editable text of the editor: in
 * a node with inline content, outside every non-editable island (a node view's labels, fields and buttons). A
 * selection the browser dropped (none at all), or one at the editor's own element between blocks (where a
 * keyboard focus may leave it), takes keys without showing a caret, and typed text goes nowhere.
 */
export function browserCaretInText(view: EditorView): boolean {
  const selection = (view.root as unknown as { getSelection(): unknown }).getSelection() as {
    rangeCount: number;
    anchorNode: DomPoint['node'];
    anchorOffset: number;
    focusNode: DomPoint['node'];
    focusOffset: number;
  } | null;
  if (!selection || selection.rangeCount === 0) return false;
  const ends: DomPoint[] = [
    { node: selection.anchorNode, offset: selection.anchorOffset },
    { node: selection.focusNode, offset: selection.focusOffset },
  ];
  return ends.every(({ node, offset }) => {
    if (!node || !view.dom.contains(node as never)) return false;
    const element = (node.nodeType === 1 ? node : node.parentElement) as ClosestElement | null;
    if (element?.closest('[contenteditable="false"]')) return false;
    try {
      return view.state.doc.resolve(view.posAtDOM(node as never, offset)).parent.inlineContent;
    } catch {
      // A DOM point ProseMirror cannot map is no place for text.
      return false;
    }
  });
}
