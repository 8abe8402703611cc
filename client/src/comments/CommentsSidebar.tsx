import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useSession } from '../auth/AuthContext';
import type { CommentsStore } from './CommentsStore';
import { createThread } from './commentsApi';
import { isBoardAdministrator, mentionablePeople } from './mentions';
import { NewCommentForm } from './NewCommentForm';
import { openCountLabel, openThreadCount, orderThreads } from './orderThreads';
import { ThreadFilter, type ThreadFilterValue } from './ThreadFilter';
import { ThreadItem } from './ThreadItem';
import { useCommentAudience } from './useCommentAudience';
import { refreshThreads, useCommentEvents } from './useCommentEvents';

interface CommentsSidebarProps {
  documentId: string;
  store: CommentsStore;
  currentUserId: string;
}

/** True for Mod-Alt-m (Control+Alt+m, on a Mac Cmd+Option+m). */
function isNewCommentShortcut(event: globalThis.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM';
}

/** The document's review threads beside its text, in the text's order, with the form for a new one. */
export function CommentsSidebar({ documentId, store, currentUserId }: CommentsSidebarProps) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [filter, setFilter] = useState<ThreadFilterValue>('open');
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
      <ThreadFilter name={`${headingId}-filter`} value={filter} onChange={setFilter} />
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
            // The server's event may have added the thread already.
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
