import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { getEditorSchema, withoutSuggestionsBy } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';

const CHECK_ORIGIN = Symbol('suggestion-check');

/**
 * Why an update from a suggest-only connection of `authorId` may not be applied, or null when it may: it must
 * change nothing but that author's own suggestions (add them, change them, withdraw them).
 *
 * Checked on what the update does, not on how it is encoded: the update is applied to a copy of the document, both
 * states are read through the shared schema as ProseMirror documents, and the two must be equal once the author's
 * suggestions are taken out (`withoutSuggestionsBy`). Every other difference (text outside a suggestion, another
 * author's suggestion, node attributes, structure, a suggestion claiming someone else as author) makes them unequal.
 * Nothing outside the content fragment may change at all. The copy also means reading the document (which
 * y-prosemirror may repair as it reads) never touches the live one.
 */
export function findSuggestionRefusal(doc: Y.Doc, update: Uint8Array, authorId: string): string | null {
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const fragment = copy.getXmlFragment(CONTENT_FRAGMENT);
    const schema = getEditorSchema();
    const before = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    let outside = false;
    const watchRoots = (transaction: Y.Transaction) => {
      if (transaction.origin !== CHECK_ORIGIN) return;
      for (const type of transaction.changed.keys()) if (rootOf(type) !== fragment) outside = true;
    };
    copy.on('afterTransaction', watchRoots);
    Y.applyUpdate(copy, update, CHECK_ORIGIN);
    copy.off('afterTransaction', watchRoots);
    if (outside) return 'a suggest-only connection may change the text only';
    const after = yXmlFragmentToProseMirrorRootNode(fragment, schema);
    if (!withoutSuggestionsBy(before, authorId).eq(withoutSuggestionsBy(after, authorId))) {
      return 'a suggest-only connection may only add or withdraw its own suggestions';
    }
    return null;
  } catch {
    return 'update could not be read as a suggestion';
  } finally {
    copy.destroy();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: Yjs types its event parameter as any here.
function rootOf(type: Y.AbstractType<any>): unknown {
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  let current: Y.AbstractType<any> = type;
  while (current._item?.parent instanceof Y.AbstractType) current = current._item.parent;
  return current;
}
