import { useId, useState } from 'react';
import { CommentItem } from './CommentItem';
import { commentTimeFormat, saveErrorMessage } from './commentDisplay';
import { addReply, deleteReply, editReply, hideReply, type Person, setResolved } from './commentsApi';
import { canHideComment } from './mentions';
import type { PlacedThread } from './orderThreads';
import { ReplyForm } from './ReplyForm';

interface ThreadItemProps {
  documentId: string;
  entry: PlacedThread;
  /** The thread chosen in the text or in the sidebar. */
  active: boolean;
  canComment: boolean;
  currentUserId: string;
  /** The session administers the document's board: it may hide other people's comments. */
  administrator: boolean;
  people: readonly Person[];
  elementRef: (element: HTMLElement | null) => void;
  onSelect: () => void;
  /** Called after every saved change, with what to announce and whether the focus goes back to the thread. */
  onChanged: (message: string, focusThread: boolean) => Promise<void>;
}

/** One thread in the sidebar: the text it is about, its comments, a reply and the resolve button. */
export function ThreadItem({
  documentId,
  entry,
  active,
  canComment,
  currentUserId,
  administrator,
  people,
  elementRef,
  onSelect,
  onChanged,
}: ThreadItemProps) {
  const { thread, range } = entry;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const quoteId = useId();
  const resolved = thread.resolvedAt !== null;

  // Every change to the thread goes through here: one at a time, and a failure is shown on the thread itself.
  const run = async (action: () => Promise<unknown>, message: string, focusThread = true) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await onChanged(message, focusThread);
    } catch (caught) {
      setError(saveErrorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      ref={elementRef}
      tabIndex={-1}
      className={active ? 'comment-thread comment-thread--active' : 'comment-thread'}
      data-thread-id={thread.id}
      aria-labelledby={quoteId}
      aria-current={active ? 'true' : undefined}
    >
      <button type="button" className="comment-thread__select" onClick={onSelect} id={quoteId}>
        <span className="visually-hidden">
          {range === null ? 'Kommentar till borttagen text: ' : 'Kommentar till: '}
        </span>
        <q className="comment-thread__quote">{thread.quote}</q>
      </button>
      {range === null && <p className="comment-thread__detached">Texten är borttagen</p>}
      {resolved && thread.resolvedBy !== null && (
        <p className="comment-thread__resolved">
          Löst av {thread.resolvedBy.name},{' '}
          <time dateTime={new Date(thread.resolvedAt ?? 0).toISOString()}>
            {commentTimeFormat.format(thread.resolvedAt ?? 0)}
          </time>
        </p>
      )}
      <ol className="comment-thread__comments">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            own={comment.author.id === currentUserId}
            canHide={canHideComment(comment, currentUserId, administrator)}
            busy={busy}
            onEdit={(body) => run(() => editReply(documentId, thread.id, comment.id, body), 'Kommentaren är ändrad.')}
            onDelete={() => run(() => deleteReply(documentId, thread.id, comment.id), 'Kommentaren är borttagen.')}
            onHide={() => run(() => hideReply(documentId, thread.id, comment.id), 'Kommentaren är dold.')}
          />
        ))}
      </ol>
      {error !== null && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {canComment && (
        <>
          {!resolved && (
            <ReplyForm
              people={people}
              busy={busy}
              onReply={(body, mentions, clear) =>
                run(
                  async () => {
                    await addReply(documentId, thread.id, body, mentions);
                    clear();
                  },
                  'Svaret är sparat.',
                  // The focus stays in the reply form rather than moving to the thread.
                  false,
                )
              }
            />
          )}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              run(
                () => setResolved(documentId, thread.id, !resolved),
                resolved ? 'Tråden är återöppnad.' : 'Tråden är löst.',
              )
            }
          >
            {resolved ? 'Återöppna' : 'Lös'}
          </button>
        </>
      )}
    </li>
  );
}
