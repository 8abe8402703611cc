import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { getEditorSchema, withoutSuggestionsBy } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';

const CHECK_ORIGIN = Symbol('suggestion-check');
const FOLLOW_ORIGIN = Symbol('suggestion-follow');

/**
 * Decides whether an update from a suggest-only connection changes nothing but its author's own suggestions (adds,
 * changes or withdraws them).
 *
 * Checked on what the update does, not on how it is encoded: the update is applied to a shadow copy of the live
 * document, both states are read through the shared schema as ProseMirror documents, and the two must be equal once
 * the author's suggestions are taken out (`withoutSuggestionsBy`). Every other difference (text outside a
 * suggestion, someone else's suggestion, node attributes, structure, a suggestion claiming another author) makes
 * them unequal. Nothing outside the content fragment may change at all.
 *
 * The shadow is built once (copying the document is what costs: ~13 ms for the seed paragraph) and then follows the
 * live document update by update; an accepted update is then already in it. A refused update, or anything else
 * that makes the shadow differ from the live document (y-prosemirror repairing content it cannot read while the
 * shadow is read), drops the shadow, to be copied afresh for the next check.
 */
export class SuggestionChecker {
  private shadow: Y.Doc | undefined;
  private diverged = false;

  constructor(private readonly live: Y.Doc) {}

  /** Every change of the live document, in order, so the shadow stays equal to it. */
  follow(update: Uint8Array): void {
    if (this.shadow) Y.applyUpdate(this.shadow, update, FOLLOW_ORIGIN);
  }

  /** Why the update may not be applied, or null when it may. Call right before the update is applied. */
  check(update: Uint8Array, authorId: string): string | null {
    const shadow = this.shadowDocument();
    const fragment = shadow.getXmlFragment(CONTENT_FRAGMENT);
    let outside = false;
    const watchRoots = (transaction: Y.Transaction) => {
      if (transaction.origin !== CHECK_ORIGIN) return;
      for (const type of transaction.changed.keys()) if (rootOf(type) !== fragment) outside = true;
    };
    let reason: string | null;
    try {
      const schema = getEditorSchema();
      const before = yXmlFragmentToProseMirrorRootNode(fragment, schema);
      shadow.on('afterTransaction', watchRoots);
      Y.applyUpdate(shadow, update, CHECK_ORIGIN);
      shadow.off('afterTransaction', watchRoots);
      const after = yXmlFragmentToProseMirrorRootNode(fragment, schema);
      if (outside) reason = 'a suggest-only connection may change the text only';
      else if (!withoutSuggestionsBy(before, authorId).eq(withoutSuggestionsBy(after, authorId))) {
        reason = 'a suggest-only connection may only add or withdraw its own suggestions';
      } else reason = null;
    } catch {
      reason = 'update could not be read as a suggestion';
    }
    // The shadow now holds the update: right only if the live document is about to apply it too.
    if (reason !== null || this.diverged) this.drop();
    return reason;
  }

  destroy(): void {
    this.drop();
  }

  private shadowDocument(): Y.Doc {
    if (this.shadow) return this.shadow;
    const shadow = new Y.Doc({ gc: false, guid: 'suggestion-shadow' });
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.live), FOLLOW_ORIGIN);
    shadow.on('afterTransaction', (transaction: Y.Transaction) => {
      // Reading a root type for the first time opens an empty transaction; only real changes count.
      const changed = transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0;
      if (changed && transaction.origin !== CHECK_ORIGIN && transaction.origin !== FOLLOW_ORIGIN) this.diverged = true;
    });
    this.shadow = shadow;
    this.diverged = false;
    return shadow;
  }

  private drop(): void {
    this.shadow?.destroy();
    this.shadow = undefined;
    this.diverged = false;
  }
}

// biome-ignore lint/suspicious/noExplicitAny: Yjs types its event parameter as any here.
function rootOf(type: Y.AbstractType<any>): unknown {
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  let current: Y.AbstractType<any> = type;
  while (current._item?.parent instanceof Y.AbstractType) current = current._item.parent;
  return current;
}
