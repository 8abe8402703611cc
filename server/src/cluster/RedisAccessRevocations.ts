import type { AccessChange, AccessRevocations } from '../access/AccessRevocations';
import type { LiveChannels } from '../access/LiveChannels';
import type { Logger } from '../log';
import type { RedisConnection } from './RedisConnection';

const CHANNEL = 'access';

/**
 * Access changes re-judge the live channels of every instance: this instance's at once (awaited, as before), the
 * others' through Redis. A lost message must not leave a revoked channel open, so every channel here is re-judged
 * after a Redis reconnect and by a periodic sweep; the judge reads storage, which is the truth.
 */
export class RedisAccessRevocations implements AccessRevocations {
  private readonly sweep: NodeJS.Timeout;

  constructor(
    private readonly redis: RedisConnection,
    private readonly instanceId: string,
    private readonly channels: LiveChannels,
    private readonly log: Logger,
    sweepIntervalMs: number,
  ) {
    redis.onResync(() => this.recheckAll('reconnect'));
    redis
      .subscribe(CHANNEL, (bytes) => {
        const message = JSON.parse(bytes.toString()) as { from: string; change: AccessChange };
        if (message.from === instanceId) return;
        void channels.accessChanged(message.change);
      })
      .catch((error: unknown) => log.warn({ err: String(error) }, 'access changes: subscribe failed'));
    this.sweep = setInterval(() => this.recheckAll('sweep'), sweepIntervalMs);
    this.sweep.unref();
  }

  async accessChanged(change: AccessChange): Promise<void> {
    const published = this.redis.publish(CHANNEL, JSON.stringify({ from: this.instanceId, change }));
    await this.channels.accessChanged(change);
    if (!(await published)) {
      // The other instances learn of it by their sweep; said loudly, because until then they may lag.
      this.log.error({ change }, 'access change not published (redis unreachable): other instances sweep it up');
    }
  }

  stop(): void {
    clearInterval(this.sweep);
  }

  private recheckAll(because: string): void {
    this.channels.recheckAll().catch((error: unknown) => this.log.error({ err: error, because }, 're-judging failed'));
  }
}
