export interface StoredThread {
  id: string;
  documentId: string;
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  createdBy: string;
  createdAt: number;
  resolvedAt: number | null;
  resolvedBy: string | null;
}

export interface StoredComment {
  id: string;
  threadId: string;
  authorId: string;
  body: string;
  createdAt: number;
  editedAt: number | null;
  deletedAt: number | null;
  hiddenAt: number | null;
  hiddenBy: string | null;
  /** Users named in the comment; each could read the document when it was written. */
  mentions: string[];
}

/** Comment threads anchored in a document. Authorship and times are set by the server, never by clients. */
export interface CommentStore {
  createThread(thread: StoredThread, first: StoredComment): Promise<void>;
  getThread(threadId: string): Promise<StoredThread | undefined>;
  listThreads(documentId: string): Promise<{ threads: StoredThread[]; comments: StoredComment[] }>;
  addComment(comment: StoredComment): Promise<void>;
  getComment(commentId: string): Promise<StoredComment | undefined>;
  updateComment(
    commentId: string,
    change: Partial<Pick<StoredComment, 'body' | 'editedAt' | 'deletedAt' | 'hiddenAt' | 'hiddenBy'>>,
  ): Promise<void>;
  setResolved(threadId: string, resolvedAt: number | null, resolvedBy: string | null): Promise<void>;
}
