import type { AccountStore } from '../accounts/AccountStore';
import type { CommentStore } from './CommentStore';

export interface PersonRef {
  id: string;
  name: string;
}

/**
 * A document's threads as clients see them: people by name, and the text of deleted or hidden comments left
 * out (the comment stays, visibly, so a conversation never silently changes).
 */
export async function threadsView(comments: CommentStore, accounts: AccountStore, documentId: string) {
  const { threads, comments: all } = await comments.listThreads(documentId);
  const names = new Map<string, string>();
  const person = async (id: string | null): Promise<PersonRef | null> => {
    if (!id) return null;
    if (!names.has(id)) names.set(id, (await accounts.findUser(id))?.displayName ?? 'Okänd');
    return { id, name: names.get(id) as string };
  };
  return Promise.all(
    threads.map(async (thread) => ({
      id: thread.id,
      anchor: { start: thread.anchorStart, end: thread.anchorEnd },
      quote: thread.quote,
      createdAt: thread.createdAt,
      createdBy: await person(thread.createdBy),
      resolvedAt: thread.resolvedAt,
      resolvedBy: await person(thread.resolvedBy),
      comments: await Promise.all(
        all
          .filter((comment) => comment.threadId === thread.id)
          .map(async (comment) => ({
            id: comment.id,
            author: await person(comment.authorId),
            body: comment.deletedAt !== null || comment.hiddenAt !== null ? null : comment.body,
            createdAt: comment.createdAt,
            editedAt: comment.editedAt,
            mentions: await Promise.all(comment.mentions.map(async (id) => (await person(id)) as PersonRef)),
            deleted: comment.deletedAt !== null,
            hidden: comment.hiddenAt !== null,
          })),
      ),
    })),
  );
}
