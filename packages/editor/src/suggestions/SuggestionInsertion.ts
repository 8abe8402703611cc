import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionAttributes } from './suggestionAttributes';

/**
 * Text someone suggested adding. Named `insertion` because prosemirror-suggest-changes looks the mark up by that
 * name. Not inclusive: typing at its edge by someone else starts their own suggestion, not part of this one.
 */
export const SuggestionInsertion = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'insertion deletion modification',
  addAttributes: suggestionAttributes,
  parseHTML: () => [{ tag: 'ins[data-suggestion-id]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'ins',
    mergeAttributes(HTMLAttributes, { class: 'suggestion suggestion--insertion' }),
    0,
  ],
});
