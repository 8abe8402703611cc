import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionAttributes } from './suggestionAttributes';

/** Text someone suggested removing: it stays in the document, struck through, until the owners accept or reject. */
export const SuggestionDeletion = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion deletion modification',
  addAttributes: suggestionAttributes,
  parseHTML: () => [{ tag: 'del[data-suggestion-id]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'del',
    mergeAttributes(HTMLAttributes, { class: 'suggestion suggestion--deletion' }),
    0,
  ],
});
