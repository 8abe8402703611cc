import type { CommentEvents } from '../comments/CommentEvents';
import { CommentHub } from '../comments/CommentHub';
import type { Logger } from '../log';
import type { RedisConnection } from './RedisConnection';

const CHANNEL = 'comments';

/**
 * Comment changes reach the streams on every instance: the local hub is told at once, the others through Redis.
 * A stream that may have missed a message (Redis reconnected) is simply told to reload its threads.
 */
export class RedisCommentEvents implements CommentEvents {
  private constructor(
    private readonly redis: RedisConnection,
    private readonly instanceId: string,
    private readonly local: CommentHub,
  ) {}

  static start(redis: RedisConnection, instanceId: string, log: Logger): RedisCommentEvents {
    const events = new RedisCommentEvents(redis, instanceId, new CommentHub());
    redis.onResync(() => {
      for (const documentId of events.local.documentIds()) events.local.changed(documentId);
    });
    const subscribed = redis.subscribe(CHANNEL, (bytes) => {
      const message = JSON.parse(bytes.toString()) as { from: string; documentId: string };
      if (message.from !== instanceId && typeof message.documentId === 'string') {
        events.local.changed(message.documentId);
      }
    });
    subscribed.catch((error: unknown) => log.warn({ err: String(error) }, 'comment events: subscribe failed'));
    return events;
  }

  subscribe(documentId: string, listener: () => void): () => void {
    return this.local.subscribe(documentId, listener);
  }

  changed(documentId: string): void {
    this.local.changed(documentId);
    void this.redis.publish(CHANNEL, JSON.stringify({ from: this.instanceId, documentId }));
  }
}
