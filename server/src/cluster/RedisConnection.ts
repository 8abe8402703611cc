import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../log';

type MessageHandler = (message: Buffer) => void;

/**
 * The two Redis connections an instance keeps: one for commands and publishing, one in subscriber mode. Every
 * key and channel carries the configured prefix, because pub/sub channels are shared by all Redis databases.
 *
 * Redis is the fast path only: publishing while disconnected fails at once (no offline queue that would replay
 * stale messages later), and every (re)connect after the first tells the listeners to resynchronise, because
 * messages published meanwhile are lost for this instance.
 */
export class RedisConnection {
  readonly commands: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, MessageHandler>();
  private readonly resyncListeners = new Set<() => void>();
  private readonly readyListeners = new Set<(ready: boolean) => void>();
  private subscriberConnectedBefore = false;
  private closed = false;

  constructor(
    url: string,
    readonly prefix: string,
    private readonly log: Logger,
  ) {
    const options: RedisOptions = {
      // Reconnects for ever, quickly at first; the instance keeps serving its own clients meanwhile.
      retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2_000),
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      lazyConnect: true,
    };
    this.commands = new Redis(url, { ...options, enableOfflineQueue: false });
    // The subscriber queues its SUBSCRIBE commands until connected and resubscribes by itself after a reconnect.
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true, autoResubscribe: true });
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => {
      const handler = this.handlers.get(channel.toString());
      if (!handler) return;
      try {
        handler(message);
      } catch (error) {
        this.log.error({ err: error, channel: channel.toString() }, 'redis message could not be handled');
      }
    });
    this.subscriber.on('ready', () => {
      if (this.subscriberConnectedBefore) {
        this.log.warn('redis reconnected: resynchronising from storage');
        for (const listener of this.resyncListeners) listener();
      }
      this.subscriberConnectedBefore = true;
      this.notifyReady();
    });
    this.commands.on('ready', () => this.notifyReady());
    for (const connection of [this.commands, this.subscriber]) {
      connection.on('error', (error: Error) => this.log.warn({ err: error.message }, 'redis connection error'));
      connection.on('close', () => this.notifyReady());
    }
  }

  /** Connects both; resolves when connected or after `timeoutMs` (the instance starts anyway, unready). */
  async connect(timeoutMs: number): Promise<void> {
    const connected = Promise.all([this.commands.connect(), this.subscriber.connect()]).then(
      () => true,
      (error: unknown) => {
        this.log.warn({ err: String(error) }, 'redis not reachable at start; retrying in the background');
        return false;
      },
    );
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    await Promise.race([connected, timeout]);
  }

  get ready(): boolean {
    return this.commands.status === 'ready' && this.subscriber.status === 'ready';
  }

  key(name: string): string {
    return `${this.prefix}${name}`;
  }

  /** Receives every message on the (prefixed) channel; one handler per channel. */
  async subscribe(channel: string, handler: MessageHandler): Promise<void> {
    const full = this.key(channel);
    this.handlers.set(full, handler);
    await this.subscriber.subscribe(full);
  }

  async unsubscribe(channel: string): Promise<void> {
    const full = this.key(channel);
    this.handlers.delete(full);
    if (this.subscriber.status === 'ready') await this.subscriber.unsubscribe(full);
  }

  /** Publishes; false when Redis is unreachable (the message is dropped: receivers catch up by other means). */
  async publish(channel: string, message: Buffer | string): Promise<boolean> {
    try {
      await this.commands.publish(this.key(channel), message);
      return true;
    } catch {
      return false;
    }
  }

  /** Called after every reconnect of the subscriber: messages may have been missed. */
  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  onReadyChange(listener: (ready: boolean) => void): void {
    this.readyListeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.handlers.clear();
    await Promise.allSettled([this.commands.quit(), this.subscriber.quit()]);
    this.commands.disconnect();
    this.subscriber.disconnect();
  }

  private notifyReady(): void {
    const { ready } = this;
    for (const listener of this.readyListeners) listener(ready);
  }
}
