import type { StoredComment, StoredThread } from './CommentStore';

// Rows of the comment tables as both engines return them, and what they mean.

export interface ThreadRow {
  id: string;
  document_id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  created_by: string;
  created_at: number;
  resolved_at: number | null;
  resolved_by: string | null;
}

export interface CommentRow {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
  hidden_at: number | null;
  hidden_by: string | null;
  mentions: string;
}

export const toThread = (row: ThreadRow): StoredThread => ({
  id: row.id,
  documentId: row.document_id,
  anchorStart: row.anchor_start,
  anchorEnd: row.anchor_end,
  quote: row.quote,
  createdBy: row.created_by,
  createdAt: row.created_at,
  resolvedAt: row.resolved_at,
  resolvedBy: row.resolved_by,
});

export const toComment = (row: CommentRow): StoredComment => ({
  id: row.id,
  threadId: row.thread_id,
  authorId: row.author_id,
  body: row.body,
  createdAt: row.created_at,
  editedAt: row.edited_at,
  deletedAt: row.deleted_at,
  hiddenAt: row.hidden_at,
  hiddenBy: row.hidden_by,
  mentions: JSON.parse(row.mentions) as string[],
});
