import {
  applySuggestion,
  applySuggestions,
  revertSuggestion,
  revertSuggestions,
  suggestChangesKey,
} from '@handlewithcare/prosemirror-suggest-changes';
import type { Command } from '@tiptap/pm/state';
import { listSuggestions } from './listSuggestions';

export type SuggestionDecision = 'accept' | 'reject';

/**
 * Accepts or rejects suggestions: the ones given by id, every one touching `from`–`to`, or all. Accepting removes
 * suggested deletions and unmarks insertions; rejecting removes insertions and unmarks deletions. Either is one
 * ordinary edit, so every replica sees it through Yjs like any other.
 */
export function decideSuggestions(
  decision: SuggestionDecision,
  scope: { ids: readonly string[] } | { from: number; to: number } | 'all',
): Command {
  return (state, dispatch) => {
    if (scope === 'all') return (decision === 'accept' ? applySuggestions : revertSuggestions)(state, dispatch);
    const ids =
      'ids' in scope
        ? scope.ids
        : listSuggestions(state.doc)
            .filter((suggestion) => suggestion.from < scope.to && suggestion.to > scope.from)
            .map((suggestion) => suggestion.id);
    if (ids.length === 0) return false;
    if (!dispatch) return true;
    // One id at a time against the current state: each decision changes positions for the next.
    let current = state;
    let tr = state.tr;
    for (const id of ids) {
      const command = decision === 'accept' ? applySuggestion(id) : revertSuggestion(id);
      command(current, (next) => {
        for (const step of next.steps) tr.step(step);
        current = current.apply(next);
      });
    }
    // A decision is never itself turned into a suggestion, even by someone in suggestion mode.
    tr = tr.setMeta(suggestChangesKey, { skip: true });
    if (tr.steps.length === 0) return false;
    dispatch(tr);
    return true;
  };
}
