import type { Attributes } from '@tiptap/core';

/**
 * What every suggestion mark carries: its id (unique across users, see `newSuggestionId`), who suggested it and
 * when. The author's id is what the server checks a suggest-only connection against; the name and time are shown
 * in the sidebar and written into Word's tracked changes, so they travel with the text and need no look-up.
 */
export function suggestionAttributes(): Attributes {
  return {
    id: {
      default: null,
      parseHTML: (element) => element.getAttribute('data-suggestion-id'),
      renderHTML: (attributes) => ({ 'data-suggestion-id': String(attributes.id ?? '') }),
    },
    authorId: {
      default: null,
      parseHTML: (element) => element.getAttribute('data-author-id'),
      renderHTML: (attributes) => (attributes.authorId ? { 'data-author-id': String(attributes.authorId) } : {}),
    },
    authorName: {
      default: null,
      parseHTML: (element) => element.getAttribute('data-author-name'),
      renderHTML: (attributes) => (attributes.authorName ? { 'data-author-name': String(attributes.authorName) } : {}),
    },
    createdAt: {
      default: null,
      parseHTML: (element) => {
        const value = Number(element.getAttribute('data-created-at'));
        return Number.isFinite(value) && value > 0 ? value : null;
      },
      renderHTML: (attributes) =>
        typeof attributes.createdAt === 'number' ? { 'data-created-at': String(attributes.createdAt) } : {},
    },
  };
}
