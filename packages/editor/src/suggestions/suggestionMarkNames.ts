/** The marks a suggestion is made of; the names are prosemirror-suggest-changes'. */
export const SUGGESTION_MARK_NAMES = ['insertion', 'deletion', 'modification'] as const;
export type SuggestionMarkName = (typeof SUGGESTION_MARK_NAMES)[number];
