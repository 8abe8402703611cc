import type { RateLimitOptions } from '../accounts/LoginRateLimiter';
import type { Logger } from '../log';
import type { ServerMetrics } from '../metrics/ServerMetrics';
import type { Cluster, ClusterSettings } from './createCluster';
import { RedisAccessRevocations } from './RedisAccessRevocations';
import { RedisCommentEvents } from './RedisCommentEvents';
import { RedisConnection } from './RedisConnection';
import { RedisDocumentRelay } from './RedisDocumentRelay';
import { RedisLock } from './RedisLock';
import { RedisLoginRateLimiter } from './RedisLoginRateLimiter';
import { RedisMatterEvents } from './RedisMatterEvents';

/** The live state shared between instances through Redis (see createCluster, which loads this on demand). */
export async function createRedisCluster(
  settings: ClusterSettings & { redisUrl: string },
  instanceId: string,
  limits: { perAccount: RateLimitOptions; perAddress: RateLimitOptions },
  log: Logger,
  metrics: ServerMetrics | undefined,
): Promise<Cluster> {
  const redis = new RedisConnection(settings.redisUrl, settings.redisPrefix, log);
  await redis.connect(5_000);
  const revocations: RedisAccessRevocations[] = [];
  log.info({ instanceId, prefix: settings.redisPrefix, ready: redis.ready }, 'sharing live state through redis');
  return {
    instanceId,
    relay: new RedisDocumentRelay(redis, instanceId, log, metrics),
    lock: new RedisLock(redis, { ttlMs: 15_000, waitMs: 20_000 }),
    commentEvents: RedisCommentEvents.start(redis, instanceId, log),
    matterEvents: RedisMatterEvents.start(redis, instanceId, log),
    rateLimiters: {
      perAccount: new RedisLoginRateLimiter(redis, 'account', limits.perAccount, log),
      perAddress: new RedisLoginRateLimiter(redis, 'address', limits.perAddress, log),
    },
    revocationsFor(channels) {
      const created = new RedisAccessRevocations(redis, instanceId, channels, log, settings.accessSweepIntervalMs);
      revocations.push(created);
      return created;
    },
    redisReady: () => redis.ready,
    async close() {
      for (const created of revocations) created.stop();
      await redis.close();
    },
  };
}
