import type { JSONContent } from '@tiptap/core';
import { decodeRelativePositionBase64, documentToJSON } from '@yttra/editor';
import { CONTENT_FRAGMENT } from '@yttra/protocol';
import * as Y from 'yjs';
import {
  ANNOTATION_CLOSE,
  ANNOTATION_OPEN,
  MAX_ANNOTATIONS,
  type WordAnnotation,
  type WordComment,
} from './wordAnnotation';

const TOKEN = /[\ue000-\uefff]/;

export interface AnnotatableThread {
  anchor: { start: string; end: string };
  resolved: boolean;
  comments: WordComment[];
}

export interface AnnotatedContent {
  content: JSONContent;
  annotations: WordAnnotation[];
  /** Threads whose text is gone (or was never in a text): they go to the annex instead. */
  unplaced: number[];
}

/**
 * The document's content with its comment threads and open suggestions bracketed by annotation tokens
 * (wordAnnotation), ready for the domain rendering and then the DOCX writer.
 *
 * Works on a copy of the Y.Doc, so a comment's range is found exactly where its relative positions point, whatever
 * was edited since; suggestion marks are replaced by tokens, so the text of a suggested insertion prints (as a
 * tracked insertion) where the plain exports leave it out.
 */
export function annotateForWord(doc: Y.Doc, threads: readonly AnnotatableThread[]): AnnotatedContent {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  try {
    removeTokenCharacters(copy.getXmlFragment(CONTENT_FRAGMENT));
    const annotations: WordAnnotation[] = [];
    const unplaced: number[] = [];
    threads.forEach((thread, index) => {
      if (annotations.length >= MAX_ANNOTATIONS || !bracketThread(copy, thread, annotations.length)) {
        unplaced.push(index);
        return;
      }
      annotations.push({ kind: 'comment', resolved: thread.resolved, comments: thread.comments });
    });
    const content = bracketSuggestions(documentToJSON(copy), annotations);
    return { content, annotations, unplaced };
  } finally {
    copy.destroy();
  }
}

function removeTokenCharacters(fragment: Y.XmlFragment): void {
  for (const node of fragment.createTreeWalker(() => true)) {
    if (!(node instanceof Y.XmlText)) continue;
    // Embeds count one position each, like a character.
    const plain = (node.toDelta() as { insert: unknown }[])
      .map((part) => (typeof part.insert === 'string' ? part.insert : '\u0000'))
      .join('');
    if (!TOKEN.test(plain)) continue;
    for (let index = plain.length - 1; index >= 0; index--) {
      if (TOKEN.test(plain[index] as string)) node.delete(index, 1);
    }
  }
}

function textIndex(doc: Y.Doc, encoded: string): { type: Y.XmlText; index: number } | null {
  const relative = decodeRelativePositionBase64(encoded);
  if (relative === null) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  if (absolute === null || !(absolute.type instanceof Y.XmlText)) return null;
  return { type: absolute.type, index: absolute.index };
}

/** Brackets one thread's range with its tokens; false when the range is gone or spans no text it can mark. */
function bracketThread(doc: Y.Doc, thread: AnnotatableThread, n: number): boolean {
  const start = textIndex(doc, thread.anchor.start);
  const end = textIndex(doc, thread.anchor.end);
  if (!start || !end || (start.type === end.type && start.index >= end.index)) return false;
  // The end first: inserting it leaves the start's index where it was.
  end.type.insert(end.index, String.fromCharCode(ANNOTATION_CLOSE + n), {});
  const startAgain = textIndex(doc, thread.anchor.start);
  if (!startAgain) return false;
  startAgain.type.insert(startAgain.index, String.fromCharCode(ANNOTATION_OPEN + n), {});
  return true;
}

function bracketSuggestions(node: JSONContent, annotations: WordAnnotation[]): JSONContent {
  if (node.type === 'text') {
    const text = (node.text ?? '').replaceAll('\u200B', '');
    const suggestion = node.marks?.find((mark) => mark.type === 'insertion' || mark.type === 'deletion');
    if (!suggestion || annotations.length >= MAX_ANNOTATIONS) return { ...node, text };
    const n = annotations.length;
    annotations.push({
      kind: suggestion.type as 'insertion' | 'deletion',
      author: String(suggestion.attrs?.authorName ?? 'Okänd'),
      date: new Date(Number(suggestion.attrs?.createdAt) || Date.now()),
    });
    const marks = node.marks?.filter((mark) => mark !== suggestion);
    return {
      ...node,
      ...(marks && marks.length > 0 ? { marks } : { marks: undefined }),
      text: `${String.fromCharCode(ANNOTATION_OPEN + n)}${text}${String.fromCharCode(ANNOTATION_CLOSE + n)}`,
    };
  }
  if (!node.content) return node;
  return { ...node, content: node.content.map((child) => bracketSuggestions(child, annotations)) };
}
