import type { Node } from '@tiptap/pm/model';
import { isSuggestionMark } from './isSuggestionMark';

/** One open suggestion: all text carrying its id, as the sidebar lists it. */
export interface SuggestionSummary {
  id: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: number | null;
  /** Text suggested for insertion and for deletion (a replacement has both). */
  inserted: string;
  deleted: string;
  /** Where it starts and ends in the document. */
  from: number;
  to: number;
}

/** The document's open suggestions in document order. */
export function listSuggestions(doc: Node): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>();
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const mark of node.marks) {
      if (!isSuggestionMark(mark)) continue;
      const id = String(mark.attrs.id);
      let summary = byId.get(id);
      if (!summary) {
        summary = {
          id,
          authorId: mark.attrs.authorId ?? null,
          authorName: mark.attrs.authorName ?? null,
          createdAt: mark.attrs.createdAt ?? null,
          inserted: '',
          deleted: '',
          from: pos,
          to: pos + node.nodeSize,
        };
        byId.set(id, summary);
      }
      const text = (node.text ?? '').replaceAll('\u200B', '');
      if (mark.type.name === 'insertion') summary.inserted += text;
      if (mark.type.name === 'deletion') summary.deleted += text;
      summary.to = pos + node.nodeSize;
    }
    return false;
  });
  return [...byId.values()];
}
