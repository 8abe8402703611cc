import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import type { MarkType, Node } from '@tiptap/pm/model';
import type { Command, Transaction } from '@tiptap/pm/state';
import { listSuggestions } from './listSuggestions';

export type SuggestionDecision = 'accept' | 'reject';

interface Range {
  from: number;
  to: number;
}

/**
 * Accepts or rejects suggestions: the ones given by id, every one touching `from`–`to`, or all. Accepting removes
 * the text suggested for deletion and unmarks suggested insertions; rejecting removes suggested insertions and
 * unmarks deletions. Exactly that and nothing else (prosemirror-suggest-changes' own commands also tidy doubled
 * spaces), so accepting every suggestion gives the same text as making the edits directly. A suggestion that spans
 * a paragraph break (its marks continue on both sides) removes the break with its text. The decision is one
 * ordinary edit, which every replica sees through Yjs like any other.
 */
export function decideSuggestions(
  decision: SuggestionDecision,
  scope: { ids: readonly string[] } | { from: number; to: number } | 'all',
): Command {
  return (state, dispatch) => {
    const all = listSuggestions(state.doc);
    const ids = new Set(
      scope === 'all'
        ? all.map((suggestion) => suggestion.id)
        : 'ids' in scope
          ? scope.ids
          : all.filter((s) => s.from < scope.to && s.to > scope.from).map((s) => s.id),
    );
    const { insertion, deletion } = state.schema.marks;
    if (ids.size === 0 || !insertion || !deletion) return false;
    const [removed, kept] = decision === 'accept' ? [deletion, insertion] : [insertion, deletion];
    const removals = markedRanges(state.doc, removed, ids);
    const unmarks = markedRanges(state.doc, kept, ids);
    if (removals.length === 0 && unmarks.length === 0) return false;
    if (!dispatch) return true;
    const tr = state.tr;
    for (const range of unmarks) tr.removeMark(range.from, range.to, kept);
    removeZeroWidthSpaces(tr, unmarks);
    for (const range of removals.reverse()) tr.delete(tr.mapping.map(range.from), tr.mapping.map(range.to));
    // A decision is never itself turned into a suggestion, even by someone in suggestion mode.
    dispatch(tr.setMeta(suggestChangesKey, { skip: true }));
    return true;
  };
}

/** Ranges of text carrying `type` with one of `ids`, joined where only paragraph boundaries lie between. */
function markedRanges(doc: Node, type: MarkType, ids: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = type.isInSet(node.marks);
    if (!mark || !ids.has(String(mark.attrs.id))) return false;
    const last = ranges[ranges.length - 1];
    const to = pos + node.nodeSize;
    if (last && (last.to === pos || doc.textBetween(last.to, pos, '', '\uFFFC') === '')) last.to = to;
    else ranges.push({ from: pos, to });
    return false;
  });
  return ranges;
}

/** The zero-width spaces suggestions anchor themselves with mean nothing once the suggestion is decided. */
function removeZeroWidthSpaces(tr: Transaction, ranges: readonly Range[]): void {
  const spaces: number[] = [];
  for (const range of ranges) {
    tr.doc.nodesBetween(range.from, range.to, (node, pos) => {
      if (!node.isText) return true;
      const text = node.text ?? '';
      for (let index = 0; index < text.length; index++) {
        const at = pos + index;
        if (text[index] === '\u200B' && at >= range.from && at < range.to) spaces.push(at);
      }
      return false;
    });
  }
  for (const at of spaces.reverse()) tr.delete(at, at + 1);
}
