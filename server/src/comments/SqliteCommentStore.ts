import type Database from 'better-sqlite3';
import type { CommentStore, StoredComment, StoredThread } from './CommentStore';
import { type CommentRow, type ThreadRow, toComment, toThread } from './commentRows';

const COMMENT_COLUMNS: Record<string, string> = {
  body: 'body',
  editedAt: 'edited_at',
  deletedAt: 'deleted_at',
  hiddenAt: 'hidden_at',
  hiddenBy: 'hidden_by',
};

export class SqliteCommentStore implements CommentStore {
  constructor(private readonly db: Database.Database) {}

  async createThread(thread: StoredThread, first: StoredComment): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO comment_threads (id, document_id, anchor_start, anchor_end, quote, created_by, created_at, resolved_at, resolved_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
        )
        .run(
          thread.id,
          thread.documentId,
          thread.anchorStart,
          thread.anchorEnd,
          thread.quote,
          thread.createdBy,
          thread.createdAt,
        );
      this.insertComment(first);
    })();
  }

  async getThread(threadId: string): Promise<StoredThread | undefined> {
    const row = this.db.prepare('SELECT * FROM comment_threads WHERE id = ?').get(threadId) as ThreadRow | undefined;
    return row ? toThread(row) : undefined;
  }

  async listThreads(documentId: string): Promise<{ threads: StoredThread[]; comments: StoredComment[] }> {
    const threads = (
      this.db
        .prepare('SELECT * FROM comment_threads WHERE document_id = ? ORDER BY created_at')
        .all(documentId) as ThreadRow[]
    ).map(toThread);
    const comments = (
      this.db
        .prepare(
          `SELECT comments.* FROM comments JOIN comment_threads ON comments.thread_id = comment_threads.id
           WHERE comment_threads.document_id = ? ORDER BY comments.created_at`,
        )
        .all(documentId) as CommentRow[]
    ).map(toComment);
    return { threads, comments };
  }

  async addComment(comment: StoredComment): Promise<void> {
    this.insertComment(comment);
  }

  async getComment(commentId: string): Promise<StoredComment | undefined> {
    const row = this.db.prepare('SELECT * FROM comments WHERE id = ?').get(commentId) as CommentRow | undefined;
    return row ? toComment(row) : undefined;
  }

  async updateComment(commentId: string, change: Partial<StoredComment>): Promise<void> {
    for (const [key, value] of Object.entries(change)) {
      const column = COMMENT_COLUMNS[key];
      if (column) this.db.prepare(`UPDATE comments SET ${column} = ? WHERE id = ?`).run(value, commentId);
    }
  }

  async setResolved(threadId: string, resolvedAt: number | null, resolvedBy: string | null): Promise<void> {
    this.db
      .prepare('UPDATE comment_threads SET resolved_at = ?, resolved_by = ? WHERE id = ?')
      .run(resolvedAt, resolvedBy, threadId);
  }

  private insertComment(comment: StoredComment): void {
    this.db
      .prepare(
        `INSERT INTO comments (id, thread_id, author_id, body, created_at, edited_at, deleted_at, hidden_at, hidden_by, mentions)
         VALUES (?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, ?)`,
      )
      .run(
        comment.id,
        comment.threadId,
        comment.authorId,
        comment.body,
        comment.createdAt,
        JSON.stringify(comment.mentions),
      );
  }
}
