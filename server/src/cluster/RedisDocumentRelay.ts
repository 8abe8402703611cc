import type { Logger } from '../log';
import type { ServerMetrics } from '../metrics/ServerMetrics';
import type { DocumentRelay, DocumentRelayListener, RelayedUpdate } from './DocumentRelay';
import { decodeRelayMessage } from './decodeRelayMessage';
import { encodeRelayMessage, type RelayMessage } from './encodeRelayMessage';
import type { RedisConnection } from './RedisConnection';

/**
 * Document traffic over Redis pub/sub: one channel per document, subscribed while the document is loaded here,
 * so an instance hears only about the documents it serves.
 */
export class RedisDocumentRelay implements DocumentRelay {
  readonly shared = true;
  private readonly listeners = new Map<string, DocumentRelayListener>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly instanceId: string,
    private readonly log: Logger,
    private readonly metrics?: ServerMetrics,
  ) {
    redis.onResync(() => {
      for (const listener of this.listeners.values()) listener.resync();
    });
  }

  async join(documentId: string, listener: DocumentRelayListener): Promise<() => void> {
    this.listeners.set(documentId, listener);
    const channel = channelOf(documentId);
    const subscribed = this.redis
      .subscribe(channel, (bytes) => this.receive(listener, bytes))
      .catch((error: unknown) => this.log.warn({ documentId, err: String(error) }, 'redis subscribe failed'));
    // While Redis is down the subscription waits for the reconnect (whose resync catches up); the load does not.
    await Promise.race([subscribed, new Promise((resolve) => setTimeout(resolve, SUBSCRIBE_WAIT_MS).unref())]);
    return () => {
      // A reload may have joined again meanwhile; only the current listener leaves the channel.
      if (this.listeners.get(documentId) !== listener) return;
      this.listeners.delete(documentId);
      this.redis.unsubscribe(channel).catch(() => undefined);
    };
  }

  publishUpdate(documentId: string, message: RelayedUpdate): void {
    this.send(documentId, { kind: 'update', from: this.instanceId, ...message });
  }

  publishAwareness(documentId: string, presenceScope: string, update: Uint8Array): void {
    this.send(documentId, { kind: 'awareness', from: this.instanceId, presenceScope, update });
  }

  queryAwareness(documentId: string): void {
    this.send(documentId, { kind: 'awarenessQuery', from: this.instanceId });
  }

  private send(documentId: string, message: RelayMessage): void {
    void this.redis.publish(channelOf(documentId), encodeRelayMessage(message)).then((sent) => {
      if (!sent) this.metrics?.relayPublishFailures.inc();
    });
  }

  private receive(listener: DocumentRelayListener, bytes: Uint8Array): void {
    const message = decodeRelayMessage(bytes);
    if (message.from === this.instanceId) return;
    if (message.kind === 'update') {
      this.metrics?.relayLatency.observe(Math.max(0, Date.now() - message.sentAt) / 1000);
      listener.update(message);
    } else if (message.kind === 'awareness') {
      listener.awareness(message.presenceScope, message.update);
    } else {
      listener.awarenessQuery();
    }
  }
}

const SUBSCRIBE_WAIT_MS = 1_000;

function channelOf(documentId: string): string {
  return `doc:${documentId}`;
}
