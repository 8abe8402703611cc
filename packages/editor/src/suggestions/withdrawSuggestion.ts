import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import type { Command } from '@tiptap/pm/state';
import { isSuggestionMark } from './isSuggestionMark';

/**
 * Takes back one suggestion exactly: its suggested insertions are removed and its deletion marks lifted, and nothing
 * else changes (rejecting also tidies a doubled space, which a suggest-only author may not do). This is what a
 * suggest-only connection may send for its own suggestions.
 */
export function withdrawSuggestion(id: string): Command {
  return (state, dispatch) => {
    const inserted: Array<{ from: number; to: number }> = [];
    const marked: Array<{ from: number; to: number; mark: Parameters<typeof state.tr.removeMark>[2] }> = [];
    state.doc.descendants((node, pos) => {
      if (!node.isText) return true;
      for (const mark of node.marks) {
        if (!isSuggestionMark(mark) || mark.attrs.id !== id) continue;
        if (mark.type.name === 'insertion') inserted.push({ from: pos, to: pos + node.nodeSize });
        else marked.push({ from: pos, to: pos + node.nodeSize, mark });
      }
      return false;
    });
    if (inserted.length === 0 && marked.length === 0) return false;
    if (!dispatch) return true;
    const tr = state.tr;
    for (const { from, to, mark } of marked) tr.removeMark(from, to, mark);
    // From the end, so earlier positions stay valid.
    for (const { from, to } of inserted.reverse()) tr.delete(from, to);
    dispatch(tr.setMeta(suggestChangesKey, { skip: true }));
    return true;
  };
}
