import { Extension } from '@tiptap/core';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  type SuggestionAuthor,
  suggestChangesKey,
  suggestionKeysPlugin,
  suggestTransaction,
  withoutSuggestionsBy,
} from '@yttra/editor';

export interface SuggestionModeOptions {
  /** Read on every transaction, so the toggle takes effect at once. */
  isSuggesting: () => boolean;
  /** True where the account may only suggest: an edit that would be more than a suggestion is not made at all. */
  isSuggestOnly: () => boolean;
  author: () => SuggestionAuthor;
}

/**
 * "Föreslå ändringar": while on, every edit the user makes is turned into a suggestion (suggestTransaction) before
 * it reaches the document, and so Yjs. Other people's edits (through the Yjs binding) and accept/reject decisions
 * pass unchanged.
 *
 * For a suggest-only account, an edit that would change more than its own suggestions (splitting a paragraph,
 * deleting inside someone else's suggestion) is dropped here: the server would refuse it, and a refused update
 * leaves the client out of step with everyone else.
 */
export const SuggestionMode = Extension.create<SuggestionModeOptions>({
  name: 'suggestionMode',
  addOptions() {
    return {
      isSuggesting: () => false,
      isSuggestOnly: () => false,
      author: () => ({ id: '', name: '' }),
    };
  },
  addProseMirrorPlugins() {
    // Keeps the caret from stopping on the zero-width spaces suggestions anchor themselves with.
    return [suggestionKeysPlugin()];
  },
  dispatchTransaction({ transaction, next }) {
    const { isSuggesting, isSuggestOnly, author } = this.options;
    const passes =
      !transaction.docChanged ||
      transaction.getMeta(ySyncPluginKey) !== undefined ||
      transaction.getMeta(suggestChangesKey)?.skip === true;
    if (passes) {
      next(transaction);
      return;
    }
    if (!isSuggesting() && !isSuggestOnly()) {
      next(transaction);
      return;
    }
    const state = this.editor.state;
    const suggested = suggestTransaction(transaction, state, author());
    if (isSuggestOnly()) {
      const { id } = author();
      if (!withoutSuggestionsBy(state.doc, id).eq(withoutSuggestionsBy(suggested.doc, id))) return;
    }
    next(suggested);
  },
});
