import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { Mark, Node } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { isSuggestionMark } from './isSuggestionMark';
import { newSuggestionId } from './newSuggestionId';
import type { SuggestionAuthor } from './SuggestionAuthor';

interface KnownSuggestion {
  authorId: string | null;
  createdAt: number | null;
}

/**
 * `tr` turned into a suggestion by `author`: deletions become deletion marks, insertions insertion marks, all with
 * the author and time. Built on prosemirror-suggest-changes, with three things it does not do:
 *
 * - ids are random (`newSuggestionId`), not "highest id + 1", which collides between concurrent users;
 * - the library recreates the marks it touches with nothing but an id (and may reuse a neighbouring suggestion's
 *   id, even another author's), so every mark it leaves without an author is given back the attributes it had, or
 *   made the author's own with a fresh id where it would otherwise join someone else's suggestion;
 * - suggestions on whole blocks become marks on their text: y-prosemirror does not carry node marks, so a block
 *   mark would exist on one replica only.
 */
export function suggestTransaction(
  tr: Transaction,
  state: EditorState,
  author: SuggestionAuthor,
  now = Date.now(),
): Transaction {
  let freshId = newSuggestionId();
  const tracked = transformToSuggestionTransaction(tr, state, () => {
    freshId = newSuggestionId();
    return freshId;
  });
  moveBlockMarksToText(tracked);
  const known = knownSuggestions(state.doc);
  restoreRecreatedMarks(tracked, state.doc);
  const ownId = newSuggestionId();
  const changes: Array<{ from: number; to: number; mark: Mark }> = [];
  tracked.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (!isSuggestionMark(mark) || mark.attrs.authorId !== null) continue;
      const previous = known.get(String(mark.attrs.id));
      const mine = previous === undefined || previous.authorId === author.id;
      const attrs = {
        ...mark.attrs,
        id: mine && mark.attrs.id !== null ? mark.attrs.id : ownId,
        authorId: author.id,
        authorName: author.name,
        createdAt: (mine ? previous?.createdAt : null) ?? now,
      };
      changes.push({ from: pos, to: pos + node.nodeSize, mark: mark.type.create(attrs) });
    }
    return false;
  });
  for (const { from, to, mark } of changes) tracked.addMark(from, to, mark);
  return tracked;
}

function knownSuggestions(doc: Node): Map<string, KnownSuggestion> {
  const known = new Map<string, KnownSuggestion>();
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (!isSuggestionMark(mark) || mark.attrs.authorId === null) continue;
      known.set(String(mark.attrs.id), { authorId: mark.attrs.authorId, createdAt: mark.attrs.createdAt });
    }
    return true;
  });
  return known;
}

/** Text that carried a suggestion before the transaction and carries one of the same kind, stripped, after it. */
function restoreRecreatedMarks(tracked: Transaction, before: Node): void {
  const restores: Array<{ from: number; to: number; mark: Mark }> = [];
  before.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (!isSuggestionMark(mark) || mark.attrs.authorId === null) continue;
      const from = tracked.mapping.map(pos, 1);
      const to = tracked.mapping.map(pos + node.nodeSize, -1);
      if (from >= to) continue;
      tracked.doc.nodesBetween(from, to, (after, afterPos) => {
        if (!after.isText) return true;
        const stripped = after.marks.find(
          (candidate) => candidate.type === mark.type && candidate.attrs.authorId === null,
        );
        if (stripped)
          restores.push({ from: Math.max(from, afterPos), to: Math.min(to, afterPos + after.nodeSize), mark });
        return false;
      });
    }
    return false;
  });
  for (const { from, to, mark } of restores) tracked.addMark(from, to, mark);
}

function moveBlockMarksToText(tracked: Transaction): void {
  const moves: Array<{ pos: number; node: Node }> = [];
  tracked.doc.descendants((node, pos) => {
    if (!node.isText && node.marks.some(isSuggestionMark)) moves.push({ pos, node });
    return true;
  });
  for (const { pos, node } of moves.reverse()) {
    const suggestions = node.marks.filter(isSuggestionMark);
    tracked.setNodeMarkup(
      pos,
      undefined,
      node.attrs,
      node.marks.filter((mark) => !isSuggestionMark(mark)),
    );
    for (const mark of suggestions) {
      if (mark.type.name !== 'modification' && node.content.size > 0) {
        tracked.addMark(pos + 1, pos + node.nodeSize - 1, mark);
      }
    }
  }
}
