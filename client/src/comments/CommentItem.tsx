import { useId, useRef, useState } from 'react';
import { commentTimeFormat } from './commentDisplay';
import type { ThreadComment } from './commentsApi';
import { mentionsLabel } from './mentions';

interface CommentItemProps {
  comment: ThreadComment;
  /** Written by the session's user: they may edit or delete it. */
  own: boolean;
  /** The session may hide it (an administrator of the board, on someone else's comment). */
  canHide: boolean;
  /** The thread is saving something: the actions wait until it is done. */
  busy: boolean;
  onEdit: (body: string) => Promise<void>;
  onDelete: () => Promise<void>;
  onHide: () => Promise<void>;
}

/** One comment in a thread: its author, time and text, and what the session may do with it. */
export function CommentItem({ comment, own, canHide, busy, onEdit, onDelete, onHide }: CommentItemProps) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body ?? '');
  const fieldId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  // A removed comment keeps its place in the thread, so the replies after it still make sense.
  const text = comment.deleted
    ? 'Kommentaren är borttagen'
    : comment.hidden
      ? 'Dold av administratör'
      : (comment.body ?? '');
  const removed = comment.deleted || comment.hidden;
  const mentioned = removed ? null : mentionsLabel(comment.mentions);

  return (
    <li className="comment">
      <p className="comment__meta">
        <strong>{comment.author.name}</strong>{' '}
        <time dateTime={new Date(comment.createdAt).toISOString()}>{commentTimeFormat.format(comment.createdAt)}</time>
        {comment.editedAt !== null && !removed && ' (redigerad)'}
      </p>
      {editing ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (body.trim() === '') return;
            await onEdit(body.trim());
            setEditing(false);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setEditing(false);
            // Back to the button that opened the form, so the keyboard user is where they were.
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        >
          <label htmlFor={fieldId}>Ändra kommentaren</label>
          {/* biome-ignore lint/a11y/noAutofocus: the field was asked for by pressing Redigera. */}
          <textarea id={fieldId} autoFocus rows={2} value={body} onChange={(event) => setBody(event.target.value)} />
          <button type="submit" className="button" disabled={busy}>
            Spara
          </button>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            Avbryt
          </button>
        </form>
      ) : (
        <p className={removed ? 'comment__body comment__body--removed' : 'comment__body'}>{text}</p>
      )}
      {mentioned !== null && <p className="comment__mentions">{mentioned}</p>}
      {own && !removed && !editing && (
        <div className="comment__actions">
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            onClick={() => {
              setBody(comment.body ?? '');
              setEditing(true);
            }}
          >
            Redigera
          </button>
          <button type="button" className="button button--small" disabled={busy} onClick={() => onDelete()}>
            Ta bort
          </button>
        </div>
      )}
      {canHide && (
        <div className="comment__actions">
          <button type="button" className="button button--small" disabled={busy} onClick={() => onHide()}>
            Dölj
          </button>
        </div>
      )}
    </li>
  );
}
