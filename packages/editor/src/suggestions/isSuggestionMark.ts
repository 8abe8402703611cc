import type { Mark } from '@tiptap/pm/model';
import { SUGGESTION_MARK_NAMES } from './suggestionMarkNames';

export function isSuggestionMark(mark: Mark): boolean {
  return (SUGGESTION_MARK_NAMES as readonly string[]).includes(mark.type.name);
}
