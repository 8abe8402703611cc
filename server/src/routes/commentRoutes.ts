import { randomUUID } from 'node:crypto';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { documentRefusal } from '../access/documentRefusal';
import type { LiveChannel, LiveChannels } from '../access/LiveChannels';
import { liveChannelRefusal } from '../access/liveChannelRefusal';
import { resolveDocumentAccess } from '../access/resolveDocumentAccess';
import type { AccountStore } from '../accounts/AccountStore';
import type { AppEnv, AuthContext } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import type { CommentEvents } from '../comments/CommentEvents';
import type { CommentStore } from '../comments/CommentStore';
import { peopleWhoCanRead } from '../comments/peopleWhoCanRead';
import { threadsView } from '../comments/threadsView';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { DocumentStore } from '../storage/DocumentStore';
import { validationError } from './validationError';

const body = z.string().trim().min(1, 'Skriv en kommentar').max(10_000, 'Kommentaren är för lång');
const anchorPart = z
  .string()
  .min(1)
  .max(2_000)
  .regex(/^[A-Za-z0-9+/=_-]+$/, 'Ogiltigt ankare');
const mentions = z.array(z.string().min(1).max(64)).max(20).default([]);
const newThread = z.object({
  anchor: z.object({ start: anchorPart, end: anchorPart }),
  quote: z.string().max(2_000),
  body,
  mentions,
});
const reply = z.object({ body, mentions });
const edit = z.object({ body });

export interface CommentRouteDependencies {
  store: DocumentStore;
  organisations: OrganisationStore;
  comments: CommentStore;
  accountStore: AccountStore;
  hub: CommentEvents;
  liveChannels: LiveChannels;
}

/** How long an idle comment stream waits before a ping, so proxies keep it open. */
const PING_EVERY_MS = 25_000;

/**
 * `/api/documents/:id/comments`: threads anchored in the text. Written only through the server, which records
 * who and when; visible to whoever may read the document; written by whoever may comment on it (reviewers
 * included). Nobody edits or deletes another person's comment; administrators may hide one, visibly.
 */
export function commentRoutes({
  store,
  organisations,
  comments,
  accountStore,
  hub,
  liveChannels,
}: CommentRouteDependencies) {
  async function access(auth: AuthContext, documentId: string) {
    return resolveDocumentAccess(store, organisations, auth.memberships, documentId);
  }
  async function threadOf(documentId: string, threadId: string) {
    const thread = await comments.getThread(threadId);
    return thread?.documentId === documentId ? thread : undefined;
  }
  /** Mentions must name people who can read the document: a mention never reveals it to anyone else. */
  async function unreadableMentions(resolved: NonNullable<Awaited<ReturnType<typeof access>>>, ids: readonly string[]) {
    if (ids.length === 0) return false;
    const readers = new Set((await peopleWhoCanRead(resolved, organisations, accountStore)).map((person) => person.id));
    return ids.some((id) => !readers.has(id));
  }
  const refusal = (resolved: Awaited<ReturnType<typeof access>>, need: 'read' | 'comment') =>
    documentRefusal(resolved, need);

  return new Hono<AppEnv>()
    .use(requireAuth)
    .get('/:documentId/comments', async (c) => {
      const documentId = c.req.param('documentId');
      const refused = refusal(await access(c.get('auth')!, documentId), 'read');
      if (refused) return c.json({ error: refused.error }, refused.status);
      return c.json({ threads: await threadsView(comments, accountStore, documentId) });
    })
    .get('/:documentId/people', async (c) => {
      const resolved = await access(c.get('auth')!, c.req.param('documentId'));
      const refused = refusal(resolved, 'read');
      if (refused || !resolved) return c.json({ error: refused?.error ?? '' }, refused?.status ?? 404);
      return c.json({ people: await peopleWhoCanRead(resolved, organisations, accountStore) });
    })
    .get('/:documentId/comments/events', async (c) => {
      const auth = c.get('auth')!;
      const documentId = c.req.param('documentId');
      // The stream is a live channel: it is admitted, and later ended, by the same access decision as the
      // WebSocket, so sign-out, un-sharing or a role change stop it at once.
      let end: (() => void) | undefined;
      let ended = false;
      const channel: LiveChannel = {
        kind: 'comment-events',
        documentId,
        userId: auth.user.id,
        credential: auth.credential,
        apply(verdict) {
          if (verdict.open) return;
          ended = true;
          end?.();
        },
      };
      const verdict = await liveChannels.admit(channel);
      if (!verdict.open) {
        // Unreadable and unknown answer alike, as on every document route.
        const { error, status } = liveChannelRefusal(verdict, 'Dokumentet finns inte');
        return c.json({ error }, status);
      }
      return streamSSE(c, async (stream) => {
        const stopped = new Promise<void>((resolve) => {
          end = resolve;
          stream.onAbort(resolve);
        });
        // Ended (revoked, or the client left) before the listeners above were in place.
        if (ended || stream.aborted) end?.();
        let pending = Promise.resolve();
        const push = () => {
          pending = pending
            .then(async () => {
              if (ended || stream.aborted) return;
              const threads = await threadsView(comments, accountStore, documentId);
              // Checked again after the read: access may have ended meanwhile.
              if (ended || stream.aborted) return;
              await stream.writeSSE({ event: 'threads', data: JSON.stringify({ threads }) });
            })
            // A client that went away ends the stream through onAbort; nothing to report here.
            .catch(() => undefined);
        };
        const unsubscribe = hub.subscribe(documentId, push);
        const ping = setInterval(() => {
          if (!ended && !stream.aborted) void stream.writeSSE({ event: 'ping', data: '' }).catch(() => end?.());
        }, PING_EVERY_MS);
        push();
        await stopped;
        ended = true;
        clearInterval(ping);
        unsubscribe();
        liveChannels.remove(channel);
        await pending;
      });
    })
    .post('/:documentId/comments', zValidator('json', newThread, validationError), async (c) => {
      const auth = c.get('auth')!;
      const documentId = c.req.param('documentId');
      const resolved = await access(auth, documentId);
      const refused = refusal(resolved, 'comment');
      if (refused || !resolved) return c.json({ error: refused?.error ?? '' }, refused?.status ?? 404);
      const input = c.req.valid('json');
      if (await unreadableMentions(resolved, input.mentions)) {
        return c.json({ error: 'Du kan bara nämna personer som kan läsa dokumentet' }, 400);
      }
      const now = Date.now();
      const thread = {
        id: randomUUID(),
        documentId,
        anchorStart: input.anchor.start,
        anchorEnd: input.anchor.end,
        quote: input.quote,
        createdBy: auth.user.id,
        createdAt: now,
        resolvedAt: null,
        resolvedBy: null,
      };
      await comments.createThread(thread, newComment(thread.id, auth.user.id, input.body, input.mentions, now));
      hub.changed(documentId);
      const view = (await threadsView(comments, accountStore, documentId)).find((entry) => entry.id === thread.id);
      return c.json(view, 201);
    })
    .post('/:documentId/comments/:threadId/replies', zValidator('json', reply, validationError), async (c) => {
      const auth = c.get('auth')!;
      const documentId = c.req.param('documentId');
      const resolved = await access(auth, documentId);
      const refused = refusal(resolved, 'comment');
      if (refused || !resolved) return c.json({ error: refused?.error ?? '' }, refused?.status ?? 404);
      const thread = await threadOf(documentId, c.req.param('threadId'));
      if (!thread) return c.json({ error: 'Tråden finns inte' }, 404);
      const input = c.req.valid('json');
      if (await unreadableMentions(resolved, input.mentions)) {
        return c.json({ error: 'Du kan bara nämna personer som kan läsa dokumentet' }, 400);
      }
      const comment = newComment(thread.id, auth.user.id, input.body, input.mentions, Date.now());
      await comments.addComment(comment);
      hub.changed(documentId);
      return c.json({ id: comment.id, createdAt: comment.createdAt }, 201);
    })
    .patch(
      '/:documentId/comments/:threadId/replies/:commentId',
      zValidator('json', edit, validationError),
      async (c) => {
        const own = await ownComment(
          c.get('auth')!,
          c.req.param('documentId'),
          c.req.param('threadId'),
          c.req.param('commentId'),
        );
        if ('error' in own) return c.json({ error: own.error }, own.status);
        await comments.updateComment(own.comment.id, { body: c.req.valid('json').body, editedAt: Date.now() });
        hub.changed(own.documentId);
        return c.body(null, 204);
      },
    )
    .delete('/:documentId/comments/:threadId/replies/:commentId', async (c) => {
      const own = await ownComment(
        c.get('auth')!,
        c.req.param('documentId'),
        c.req.param('threadId'),
        c.req.param('commentId'),
      );
      if ('error' in own) return c.json({ error: own.error }, own.status);
      await comments.updateComment(own.comment.id, { deletedAt: Date.now() });
      hub.changed(own.documentId);
      return c.body(null, 204);
    })
    .post('/:documentId/comments/:threadId/replies/:commentId/hide', async (c) => {
      const auth = c.get('auth')!;
      const documentId = c.req.param('documentId');
      const resolved = await access(auth, documentId);
      const refused = refusal(resolved, 'read');
      if (refused) return c.json({ error: refused.error }, refused.status);
      const membership = auth.memberships.find((m) => m.organisationId === resolved?.record.organisationId);
      if (membership?.role !== 'administrator')
        return c.json({ error: 'Bara administratörer kan dölja kommentarer' }, 403);
      const comment = await comments.getComment(c.req.param('commentId'));
      if (comment?.threadId !== c.req.param('threadId') || !(await threadOf(documentId, comment.threadId))) {
        return c.json({ error: 'Kommentaren finns inte' }, 404);
      }
      await comments.updateComment(comment.id, { hiddenAt: Date.now(), hiddenBy: auth.user.id });
      hub.changed(documentId);
      return c.body(null, 204);
    })
    .post('/:documentId/comments/:threadId/:action{resolve|reopen}', async (c) => {
      const auth = c.get('auth')!;
      const documentId = c.req.param('documentId');
      const refused = refusal(await access(auth, documentId), 'comment');
      if (refused) return c.json({ error: refused.error }, refused.status);
      const thread = await threadOf(documentId, c.req.param('threadId'));
      if (!thread) return c.json({ error: 'Tråden finns inte' }, 404);
      const resolve = c.req.param('action') === 'resolve';
      await comments.setResolved(thread.id, resolve ? Date.now() : null, resolve ? auth.user.id : null);
      hub.changed(documentId);
      return c.body(null, 204);
    });

  async function ownComment(auth: AuthContext, documentId: string, threadId: string, commentId: string) {
    const refused = refusal(await access(auth, documentId), 'comment');
    if (refused) return refused;
    const comment = await comments.getComment(commentId);
    if (comment?.threadId !== threadId || !(await threadOf(documentId, threadId))) {
      return { error: 'Kommentaren finns inte', status: 404 } as const;
    }
    if (comment.authorId !== auth.user.id)
      return { error: 'Du kan bara ändra dina egna kommentarer', status: 403 } as const;
    if (comment.deletedAt !== null || comment.hiddenAt !== null)
      return { error: 'Kommentaren är borttagen', status: 409 } as const;
    return { comment, documentId };
  }
}

function newComment(threadId: string, authorId: string, text: string, mentioned: string[], createdAt: number) {
  return {
    mentions: [...new Set(mentioned)],
    id: randomUUID(),
    threadId,
    authorId,
    body: text,
    createdAt,
    editedAt: null,
    deletedAt: null,
    hiddenAt: null,
    hiddenBy: null,
  };
}
