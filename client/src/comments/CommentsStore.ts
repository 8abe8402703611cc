import type { Editor } from '@tiptap/core';
import { type AnchorRange, type CommentAnchor, encodeAnchor, resolveAnchor } from '@yttra/editor';
import type { Thread } from './commentsApi';

/** A new comment being written: where it is anchored and the text it quotes. */
export interface NewCommentDraft {
  anchor: CommentAnchor;
  quote: string;
}

export interface CommentsSnapshot {
  threads: readonly Thread[];
  activeThreadId: string | null;
  /** Why the thread became active: the sidebar scrolls it into view when the editor's selection chose it. */
  activatedBy: 'sidebar' | 'editor' | null;
  draft: NewCommentDraft | null;
  canComment: boolean;
  /** Bumped on every change of the document text, so ranges (and the sidebar's order) are read again. */
  textVersion: number;
}

/**
 * What the comment sidebar and the editor's highlights share: the document's threads (replaced wholesale on
 * every server event), the active thread, the new comment being written, and the editor itself.
 */
export class CommentsStore {
  private snapshot: CommentsSnapshot = {
    threads: [],
    activeThreadId: null,
    activatedBy: null,
    draft: null,
    canComment: false,
    textVersion: 0,
  };
  private readonly listeners = new Set<() => void>();
  editor: Editor | null = null;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CommentsSnapshot => this.snapshot;

  private update(change: Partial<CommentsSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  setThreads(threads: readonly Thread[]): void {
    this.update({ threads });
  }

  setCanComment(canComment: boolean): void {
    if (this.snapshot.canComment !== canComment)
      this.update({ canComment, draft: canComment ? this.snapshot.draft : null });
  }

  textChanged(): void {
    this.update({ textVersion: this.snapshot.textVersion + 1 });
  }

  setActive(threadId: string | null, by: 'sidebar' | 'editor'): void {
    if (this.snapshot.activeThreadId === threadId) return;
    this.update({ activeThreadId: threadId, activatedBy: threadId === null ? null : by });
  }

  attachEditor(editor: Editor | null): void {
    this.editor = editor;
    this.update({});
  }

  /** The thread's range in the editor's current text, null when detached or without an editor. */
  rangeOf(thread: Thread): AnchorRange | null {
    const editor = this.editor;
    if (editor === null || editor.isDestroyed) return null;
    return resolveAnchor(editor.state, thread.anchor);
  }

  /** Opens the new-comment form for the editor's selection; false when nothing is selected or not allowed. */
  startDraft(): boolean {
    const editor = this.editor;
    if (!this.snapshot.canComment || editor === null || editor.isDestroyed) return false;
    const { from, to, empty } = editor.state.selection;
    if (empty) return false;
    const quote = editor.state.doc.textBetween(from, to, ' ', ' ').trim();
    const anchor = encodeAnchor(editor.state, from, to);
    if (anchor === null || quote === '') return false;
    this.update({ draft: { anchor, quote } });
    return true;
  }

  cancelDraft(): void {
    if (this.snapshot.draft !== null) this.update({ draft: null });
  }

  /** Gives the focus back to the text (focusable even when read-only: reviewers select in it). */
  focusEditor(): void {
    const editor = this.editor;
    if (editor === null || editor.isDestroyed) return;
    editor.view.focus();
  }

  /** Scrolls the thread's highlight into view. */
  revealInEditor(threadId: string): void {
    const editor = this.editor;
    if (editor === null || editor.isDestroyed) return;
    const highlight = editor.view.dom.querySelector(`[data-thread-id="${CSS.escape(threadId)}"]`);
    highlight?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
