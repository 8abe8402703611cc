import type { JSONContent } from '@tiptap/core';
import { SUGGESTION_MARK_NAMES } from './suggestionMarkNames';

/**
 * Content as it stands without its open suggestions: suggested insertions left out, suggested deletions kept as
 * plain text, the zero-width spaces suggestions anchor themselves with dropped. What is tabled (and so inserted
 * into the protocol) is this: a suggestion the owners have not accepted is not part of their text.
 */
export function withoutOpenSuggestions(content: JSONContent): JSONContent {
  if (content.type === 'text') {
    const marks = content.marks ?? [];
    if (marks.some((mark) => mark.type === 'insertion')) return { ...content, text: '' };
    const kept = marks.filter((mark) => !(SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type));
    const { marks: _marks, ...rest } = content;
    return {
      ...rest,
      ...(kept.length > 0 ? { marks: kept } : {}),
      text: (content.text ?? '').replaceAll('\u200B', ''),
    };
  }
  if (!content.content) return content;
  const children = content.content
    .map(withoutOpenSuggestions)
    .filter((child) => child.type !== 'text' || (child.text ?? '') !== '');
  return { ...content, content: children };
}
