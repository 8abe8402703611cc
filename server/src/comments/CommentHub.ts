import type { CommentEvents } from './CommentEvents';

type Listener = () => void;

/**
 * Who is watching which document's comments (Server-Sent Events streams), so that a change is pushed to every
 * viewer without a reload. In memory: one process serves a document's viewers.
 */
export class CommentHub implements CommentEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(documentId: string, listener: Listener): () => void {
    let forDocument = this.listeners.get(documentId);
    if (!forDocument) {
      forDocument = new Set();
      this.listeners.set(documentId, forDocument);
    }
    forDocument.add(listener);
    return () => {
      forDocument.delete(listener);
      // A late leaver of an emptied set must not drop the set that later viewers joined.
      if (forDocument.size === 0 && this.listeners.get(documentId) === forDocument) this.listeners.delete(documentId);
    };
  }

  /** Documents with at least one open stream here. */
  documentIds(): string[] {
    return [...this.listeners.keys()];
  }

  changed(documentId: string): void {
    for (const listener of this.listeners.get(documentId) ?? []) listener();
  }
}
