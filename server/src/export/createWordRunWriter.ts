import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  type ICommentOptions,
  InsertedTextRun,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import { ANNOTATION_CLOSE, ANNOTATION_OPEN, MAX_ANNOTATIONS, type WordAnnotation } from './wordAnnotation';

export interface WordRunWriter {
  /** The runs of one printed string, its annotation tokens turned into comment ranges and tracked changes. */
  runs(text: string): ParagraphChild[];
  /** Every comment, replies threaded under the first, for the document's comments part. */
  comments(): ICommentOptions[];
  /**
   * What closes the document: the ends of comment ranges still open, and a last paragraph anchoring the threads
   * whose text the rendering did not print (so no thread is left out of the file).
   */
  finish(): Paragraph[];
}

/** Revision ids (w:ins, w:del) are kept apart from comment ids, which Word numbers on their own. */
const FIRST_REVISION_ID = 100_000;

/**
 * Reads annotation tokens (see wordAnnotation) across the whole document in order: a comment or suggestion may
 * start in one paragraph and end in another, so the state carries from one `runs` call to the next.
 *
 * A comment thread becomes one Word comment per comment, the replies pointing at the first (`parentId`, Word's
 * w15:paraIdParent) and all marked done when the thread is resolved; each is anchored on the thread's range.
 * A suggested insertion becomes `w:ins`, a suggested deletion `w:del`, with the suggester's name and time.
 */
export function createWordRunWriter(annotations: readonly WordAnnotation[]): WordRunWriter {
  const commentIds = new Map<number, number[]>();
  const comments: ICommentOptions[] = [];
  annotations.forEach((annotation, n) => {
    if (annotation.kind !== 'comment' || annotation.comments.length === 0) return;
    const ids: number[] = [];
    for (const comment of annotation.comments) {
      const id = comments.length;
      ids.push(id);
      comments.push({
        id,
        author: comment.author,
        initials: initialsOf(comment.author),
        date: comment.date,
        children: comment.body.split('\n').map((line) => new Paragraph({ text: line })),
        ...(ids.length > 1 ? { parentId: ids[0] } : {}),
        resolved: annotation.resolved,
      });
    }
    commentIds.set(n, ids);
  });

  let insertion: number | null = null;
  let deletion: number | null = null;
  let revision = FIRST_REVISION_ID;
  const opened = new Set<number>();
  const closed = new Set<number>();
  const ends = (n: number): ParagraphChild[] =>
    (commentIds.get(n) ?? []).flatMap((id) => [
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    ]);

  const textRun = (text: string): ParagraphChild => {
    const change = deletion ?? insertion;
    const annotation = change === null ? undefined : annotations[change];
    if (!annotation || annotation.kind === 'comment') return new TextRun(text);
    const details = { id: revision++, author: annotation.author, date: wordDate(annotation.date), text };
    return deletion !== null ? new DeletedTextRun(details) : new InsertedTextRun(details);
  };

  return {
    comments: () => comments,
    finish(): Paragraph[] {
      const paragraphs: Paragraph[] = [];
      const unclosed = [...opened].filter((n) => !closed.has(n));
      if (unclosed.length > 0) paragraphs.push(new Paragraph({ children: unclosed.flatMap(ends) }));
      const unseen = [...commentIds.keys()].filter((n) => !opened.has(n));
      if (unseen.length > 0) {
        const starts = unseen.flatMap((n) => (commentIds.get(n) ?? []).map((id) => new CommentRangeStart(id)));
        paragraphs.push(
          new Paragraph({
            children: [...starts, new TextRun('Kommentarer om text som inte skrivs ut'), ...unseen.flatMap(ends)],
          }),
        );
      }
      return paragraphs;
    },
    runs(text: string): ParagraphChild[] {
      const children: ParagraphChild[] = [];
      let pending = '';
      const flush = () => {
        if (pending !== '') children.push(textRun(pending));
        pending = '';
      };
      for (const character of text) {
        const code = character.charCodeAt(0);
        const opens = code >= ANNOTATION_OPEN && code < ANNOTATION_OPEN + MAX_ANNOTATIONS;
        const closes = code >= ANNOTATION_CLOSE && code < ANNOTATION_CLOSE + MAX_ANNOTATIONS;
        if (!opens && !closes) {
          pending += character;
          continue;
        }
        flush();
        const n = code - (opens ? ANNOTATION_OPEN : ANNOTATION_CLOSE);
        const annotation = annotations[n];
        if (!annotation) continue;
        if (annotation.kind === 'comment') {
          // A range is opened once and closed once after it opened, whatever the rendering did with the tokens.
          if (opens && !opened.has(n)) {
            opened.add(n);
            for (const id of commentIds.get(n) ?? []) children.push(new CommentRangeStart(id));
          } else if (closes && opened.has(n) && !closed.has(n)) {
            closed.add(n);
            children.push(...ends(n));
          }
        } else if (annotation.kind === 'insertion') {
          insertion = opens ? n : null;
        } else {
          deletion = opens ? n : null;
        }
      }
      flush();
      return children;
    },
  };
}

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 4);
}

/** Word's revision dates are ISO 8601 without fractions of a second. */
function wordDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
