import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { isApiError } from '../api/http';
import { useSession } from '../auth/AuthContext';
import type { CommentsStore } from './CommentsStore';
import {
  addReply,
  createThread,
  deleteReply,
  editReply,
  hideReply,
  type Person,
  setResolved,
  type ThreadComment,
} from './commentsApi';
import { MentionPicker } from './MentionPicker';
import { canHideComment, isBoardAdministrator, mentionablePeople, mentionsLabel } from './mentions';
import { openCountLabel, openThreadCount, orderThreads, type PlacedThread } from './orderThreads';
import { useCommentAudience } from './useCommentAudience';
import { refreshThreads, useCommentEvents } from './useCommentEvents';

interface CommentsSidebarProps {
  documentId: string;
  store: CommentsStore;
  currentUserId: string;
}

const timeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });

function errorMessage(error: unknown): string {
  return isApiError(error) ? error.message : 'Det gick inte att spara. Försök igen.';
}

/** True for Mod-Alt-m (Control+Alt+m, on a Mac Cmd+Option+m). */
function isNewCommentShortcut(event: globalThis.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM';
}

export function CommentsSidebar({ documentId, store, currentUserId }: CommentsSidebarProps) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [filter, setFilter] = useState<'open' | 'resolved'>('open');
  const [status, setStatus] = useState('');
  const headingId = useId();
  const threadElements = useRef(new Map<string, HTMLElement>());
  useCommentEvents(documentId, store, true);
  const { memberships } = useSession();
  const audience = useCommentAudience(documentId);
  const people = mentionablePeople(audience.people, currentUserId);
  const administrator = isBoardAdministrator(memberships, audience.organisationId);

  // The shortcut works wherever the focus is, also in a read-only text (where ProseMirror sees no keys).
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isNewCommentShortcut(event)) return;
      if (store.startDraft()) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  // A thread chosen by selecting its text is kept in view in the sidebar.
  useEffect(() => {
    if (snapshot.activatedBy !== 'editor' || snapshot.activeThreadId === null) return;
    const thread = snapshot.threads.find((candidate) => candidate.id === snapshot.activeThreadId);
    if (thread && (thread.resolvedAt === null) !== (filter === 'open'))
      setFilter(thread.resolvedAt === null ? 'open' : 'resolved');
    threadElements.current.get(snapshot.activeThreadId)?.scrollIntoView({ block: 'nearest' });
  }, [snapshot.activeThreadId, snapshot.activatedBy, snapshot.threads, filter]);

  // textVersion is read so the order follows the text as it changes.
  void snapshot.textVersion;
  const placed = orderThreads(snapshot.threads, (thread) => store.rangeOf(thread));
  const shown = placed.filter(({ thread }) => (thread.resolvedAt === null) === (filter === 'open'));
  const openCount = openThreadCount(snapshot.threads);

  const focusThread = (threadId: string) => {
    requestAnimationFrame(() => threadElements.current.get(threadId)?.focus());
  };

  return (
    <aside aria-label="Kommentarer" className="comments">
      <h2 id={headingId} className="comments__heading">
        Kommentarer
      </h2>
      <p className="comments__count">{openCountLabel(openCount)}</p>
      <div role="radiogroup" aria-label="Visa" className="comments__filter">
        <span aria-hidden="true" className="comments__filter-label">
          Visa:
        </span>
        {(['open', 'resolved'] as const).map((value) => (
          <label key={value} className="comments__filter-option">
            <input
              type="radio"
              name={`${headingId}-filter`}
              value={value}
              checked={filter === value}
              onChange={() => setFilter(value)}
            />
            {value === 'open' ? 'Öppna' : 'Lösta'}
          </label>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {snapshot.draft !== null && (
        <NewCommentForm
          key={snapshot.draft.anchor.start + snapshot.draft.anchor.end}
          quote={snapshot.draft.quote}
          people={people}
          onCancel={() => {
            store.cancelDraft();
            store.focusEditor();
          }}
          onSave={async (body, mentions) => {
            const draft = snapshot.draft;
            if (draft === null) return;
            const thread = await createThread(documentId, {
              anchor: draft.anchor,
              quote: draft.quote,
              body,
              mentions,
            });
            if (!store.getSnapshot().threads.some((existing) => existing.id === thread.id)) {
              store.setThreads([...store.getSnapshot().threads, thread]);
            }
            store.cancelDraft();
            setFilter('open');
            store.setActive(thread.id, 'sidebar');
            setStatus('Kommentaren är sparad.');
            focusThread(thread.id);
          }}
        />
      )}
      {shown.length === 0 ? (
        <p className="comments__empty">{filter === 'open' ? 'Inga öppna kommentarer.' : 'Inga lösta kommentarer.'}</p>
      ) : (
        <ol className="comments__threads">
          {shown.map((entry) => (
            <ThreadItem
              key={entry.thread.id}
              entry={entry}
              active={entry.thread.id === snapshot.activeThreadId}
              canComment={snapshot.canComment}
              currentUserId={currentUserId}
              administrator={administrator}
              people={people}
              elementRef={(element) => {
                if (element) threadElements.current.set(entry.thread.id, element);
                else threadElements.current.delete(entry.thread.id);
              }}
              onSelect={() => {
                store.setActive(entry.thread.id, 'sidebar');
                store.revealInEditor(entry.thread.id);
              }}
              onChanged={async (message, focusAfter) => {
                setStatus(message);
                await refreshThreads(documentId, store).catch(() => {});
                if (focusAfter) focusThread(entry.thread.id);
              }}
              documentId={documentId}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}

function NewCommentForm({
  quote,
  people,
  onSave,
  onCancel,
}: {
  quote: string;
  people: readonly Person[];
  onSave: (body: string, mentions: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const fieldId = useId();

  useEffect(() => textarea.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === '' || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(body.trim(), mentions);
    } catch (caught) {
      setError(errorMessage(caught));
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };

  return (
    <section aria-labelledby={titleId} className="comment-form" onKeyDown={onKeyDown}>
      <h3 id={titleId}>Ny kommentar</h3>
      <blockquote className="comment-thread__quote">{quote}</blockquote>
      <form onSubmit={submit}>
        <label htmlFor={fieldId}>Kommentar</label>
        <textarea id={fieldId} ref={textarea} value={body} onChange={(event) => setBody(event.target.value)} rows={3} />
        <MentionPicker people={people} selected={mentions} onChange={setMentions} />
        {error !== null && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        <div className="comment-form__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            Spara
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Avbryt
          </button>
        </div>
      </form>
    </section>
  );
}

interface ThreadItemProps {
  documentId: string;
  entry: PlacedThread;
  active: boolean;
  canComment: boolean;
  currentUserId: string;
  /** The session administers the document's board: it may hide other people's comments. */
  administrator: boolean;
  people: readonly Person[];
  elementRef: (element: HTMLElement | null) => void;
  onSelect: () => void;
  onChanged: (message: string, focusThread: boolean) => Promise<void>;
}

function ThreadItem({
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
  const [reply, setReply] = useState('');
  const [replyMentions, setReplyMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const replyId = useId();
  const quoteId = useId();
  const resolved = thread.resolvedAt !== null;

  const run = async (action: () => Promise<unknown>, message: string, focusThread = true) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await onChanged(message, focusThread);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const submitReply = async (event: FormEvent) => {
    event.preventDefault();
    const body = reply.trim();
    if (body === '') return;
    await run(
      async () => {
        await addReply(documentId, thread.id, body, replyMentions);
        setReply('');
        setReplyMentions([]);
      },
      'Svaret är sparat.',
      false,
    );
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
            {timeFormat.format(thread.resolvedAt ?? 0)}
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
            <form onSubmit={submitReply} className="comment-thread__reply">
              <label htmlFor={replyId}>Ditt svar</label>
              <textarea id={replyId} rows={2} value={reply} onChange={(event) => setReply(event.target.value)} />
              <MentionPicker people={people} selected={replyMentions} onChange={setReplyMentions} />
              <button type="submit" className="button" disabled={busy}>
                Svara
              </button>
            </form>
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

function CommentItem({
  comment,
  own,
  canHide,
  busy,
  onEdit,
  onDelete,
  onHide,
}: {
  comment: ThreadComment;
  own: boolean;
  canHide: boolean;
  busy: boolean;
  onEdit: (body: string) => Promise<void>;
  onDelete: () => Promise<void>;
  onHide: () => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body ?? '');
  const fieldId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
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
        <time dateTime={new Date(comment.createdAt).toISOString()}>{timeFormat.format(comment.createdAt)}</time>
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
