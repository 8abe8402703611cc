/**
 * Comments and suggestions reach the DOCX writer through the domain's plain-text rendering, which knows nothing of
 * either: each is given a number n and its range is bracketed in the text by two private-use characters, U+E000+n
 * where it starts and U+E800+n where it ends. The DOCX writer turns them back into Word's comment ranges and
 * tracked changes; nothing else ever sees them.
 */
export const ANNOTATION_OPEN = 0xe000;
export const ANNOTATION_CLOSE = 0xe800;
export const MAX_ANNOTATIONS = 0x800;
/** Every character that can be a token; user text never keeps one (annotateForWord removes them first). */
export const ANNOTATION_TOKENS = /[\ue000-\uefff]/g;

export interface WordComment {
  author: string;
  date: Date;
  body: string;
}

export type WordAnnotation =
  | { kind: 'comment'; resolved: boolean; comments: WordComment[] }
  | { kind: 'insertion' | 'deletion'; author: string; date: Date };
