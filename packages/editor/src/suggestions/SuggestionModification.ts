import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionAttributes } from './suggestionAttributes';

/**
 * A suggested change of a node's attributes or marks (prosemirror-suggest-changes' `modification`). The schema must
 * know it so that no replica ever meets an unknown mark; formatting of text is suggested as a deletion of the old
 * run and an insertion of the new one, which Yjs carries as ordinary text formatting.
 */
export const SuggestionModification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'insertion deletion',
  addAttributes: () => ({
    ...suggestionAttributes(),
    type: { default: 'mark' },
    attrName: { default: null },
    previousValue: { default: null },
    newValue: { default: null },
  }),
  parseHTML: () => [{ tag: 'span[data-suggestion-id][data-modification]' }],
  renderHTML: ({ HTMLAttributes }) => [
    'span',
    mergeAttributes(HTMLAttributes, { 'data-modification': '', class: 'suggestion suggestion--modification' }),
    0,
  ],
});
