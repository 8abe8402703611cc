import type { MatterEvent } from '@yttra/api';
import type { Logger } from '../log';
import type { MatterEvents } from '../matters/MatterEvents';
import { type MatterAudience, MatterHub, type MatterViewer } from '../matters/MatterHub';
import type { RedisConnection } from './RedisConnection';

const CHANNEL = 'matters';

interface Message {
  from: string;
  matterId: string;
  change: MatterEvent['change'];
  audience: MatterAudience;
}

/**
 * Matter-page changes reach the viewers on every instance. The audience travels with the change and each
 * instance applies it to its own viewers, so a draft's change reaches only its groups wherever they are connected.
 */
export class RedisMatterEvents implements MatterEvents {
  private constructor(
    private readonly redis: RedisConnection,
    private readonly instanceId: string,
    private readonly local: MatterHub,
  ) {}

  static start(redis: RedisConnection, instanceId: string, log: Logger): RedisMatterEvents {
    const events = new RedisMatterEvents(redis, instanceId, new MatterHub());
    // A page that may have missed a change reloads; the refresh names no change, so it reveals nothing.
    redis.onResync(() => events.local.refreshAll());
    redis
      .subscribe(CHANNEL, (bytes) => {
        const message = JSON.parse(bytes.toString()) as Message;
        if (message.from === instanceId) return;
        events.local.publish(message.matterId, message.change, message.audience);
      })
      .catch((error: unknown) => log.warn({ err: String(error) }, 'matter events: subscribe failed'));
    return events;
  }

  subscribe(matterId: string, viewer: MatterViewer): () => void {
    return this.local.subscribe(matterId, viewer);
  }

  publish(matterId: string, change: MatterEvent['change'], audience: MatterAudience): void {
    this.local.publish(matterId, change, audience);
    const message: Message = { from: this.instanceId, matterId, change, audience };
    void this.redis.publish(CHANNEL, JSON.stringify(message));
  }
}
