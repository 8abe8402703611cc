/**
 * Tells every open comment stream of a document that its threads changed. In-process (CommentHub) on one
 * instance; RedisCommentEvents when several instances serve the same document's viewers.
 */
export interface CommentEvents {
  subscribe(documentId: string, listener: () => void): () => void;
  changed(documentId: string): void;
}
