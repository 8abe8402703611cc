import type pg from 'pg';
import { inTransaction } from '../storage/postgres/inTransaction';
import type { CommentStore, StoredComment, StoredThread } from './CommentStore';
import { type CommentRow, type ThreadRow, toComment, toThread } from './commentRows';

const THREAD_COLUMNS =
  'id, document_id, anchor_start, anchor_end, quote, created_by, created_at, resolved_at, resolved_by';
const COMMENT_COLUMNS =
  'comments.id, thread_id, author_id, body, comments.created_at, edited_at, deleted_at, hidden_at, hidden_by, mentions';

/** The columns a comment change may set; anything else in a change is ignored, as in the SQLite store. */
const CHANGEABLE: Record<string, string> = {
  body: 'body',
  editedAt: 'edited_at',
  deletedAt: 'deleted_at',
  hiddenAt: 'hidden_at',
  hiddenBy: 'hidden_by',
};

/** Comment threads in PostgreSQL; insertion order (`ord`) breaks ties between equal times. */
export class PostgresCommentStore implements CommentStore {
  constructor(private readonly pool: pg.Pool) {}

  async createThread(thread: StoredThread, first: StoredComment): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO comment_threads (id, document_id, anchor_start, anchor_end, quote, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          thread.id,
          thread.documentId,
          thread.anchorStart,
          thread.anchorEnd,
          thread.quote,
          thread.createdBy,
          thread.createdAt,
        ],
      );
      await insertComment(client, first);
    });
  }

  async getThread(threadId: string): Promise<StoredThread | undefined> {
    const { rows } = await this.pool.query<ThreadRow>(`SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE id = $1`, [
      threadId,
    ]);
    return rows[0] ? toThread(rows[0]) : undefined;
  }

  async listThreads(documentId: string): Promise<{ threads: StoredThread[]; comments: StoredComment[] }> {
    const threads = await this.pool.query<ThreadRow>(
      `SELECT ${THREAD_COLUMNS} FROM comment_threads WHERE document_id = $1 ORDER BY created_at, ord`,
      [documentId],
    );
    const comments = await this.pool.query<CommentRow>(
      `SELECT ${COMMENT_COLUMNS} FROM comments JOIN comment_threads ON comments.thread_id = comment_threads.id
       WHERE comment_threads.document_id = $1 ORDER BY comments.created_at, comments.ord`,
      [documentId],
    );
    return { threads: threads.rows.map(toThread), comments: comments.rows.map(toComment) };
  }

  async addComment(comment: StoredComment): Promise<void> {
    await insertComment(this.pool, comment);
  }

  async getComment(commentId: string): Promise<StoredComment | undefined> {
    const { rows } = await this.pool.query<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM comments WHERE id = $1`, [
      commentId,
    ]);
    return rows[0] ? toComment(rows[0]) : undefined;
  }

  async updateComment(commentId: string, change: Partial<StoredComment>): Promise<void> {
    const assignments: string[] = [];
    const values: unknown[] = [];
    for (const [key, value] of Object.entries(change)) {
      const column = CHANGEABLE[key];
      if (!column) continue;
      values.push(value);
      assignments.push(`${column} = $${values.length}`);
    }
    if (assignments.length === 0) return;
    values.push(commentId);
    await this.pool.query(`UPDATE comments SET ${assignments.join(', ')} WHERE id = $${values.length}`, values);
  }

  async setResolved(threadId: string, resolvedAt: number | null, resolvedBy: string | null): Promise<void> {
    await this.pool.query('UPDATE comment_threads SET resolved_at = $1, resolved_by = $2 WHERE id = $3', [
      resolvedAt,
      resolvedBy,
      threadId,
    ]);
  }
}

async function insertComment(target: pg.Pool | pg.PoolClient, comment: StoredComment): Promise<void> {
  await target.query(
    `INSERT INTO comments (id, thread_id, author_id, body, created_at, mentions) VALUES ($1, $2, $3, $4, $5, $6)`,
    [comment.id, comment.threadId, comment.authorId, comment.body, comment.createdAt, JSON.stringify(comment.mentions)],
  );
}
