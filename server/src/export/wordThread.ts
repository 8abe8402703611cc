import type { threadsView } from '../comments/threadsView';
import type { AnnotatableThread } from './annotateForWord';

type Thread = Awaited<ReturnType<typeof threadsView>>[number];

/** A thread as Word gets it: deleted and hidden comments say so, as in the annex, so the conversation reads whole. */
export function wordThread(thread: Thread): AnnotatableThread {
  return {
    anchor: thread.anchor,
    resolved: thread.resolvedAt !== null,
    comments: thread.comments.map((comment) => ({
      author: comment.author?.name ?? 'Okänd',
      date: new Date(comment.createdAt),
      body: comment.deleted ? '[borttagen]' : comment.hidden ? '[dold av administratör]' : (comment.body ?? ''),
    })),
  };
}
