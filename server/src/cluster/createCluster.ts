import { randomUUID } from 'node:crypto';
import type { AccessRevocations } from '../access/AccessRevocations';
import type { LiveChannels } from '../access/LiveChannels';
import type { LoginRateLimiter } from '../accounts/LoginRateLimiter';
import { MemoryLoginRateLimiter } from '../accounts/MemoryLoginRateLimiter';
import type { CommentEvents } from '../comments/CommentEvents';
import { CommentHub } from '../comments/CommentHub';
import type { Logger } from '../log';
import type { MatterEvents } from '../matters/MatterEvents';
import { MatterHub } from '../matters/MatterHub';
import type { ServerMetrics } from '../metrics/ServerMetrics';
import type { ClusterLock } from './ClusterLock';
import type { DocumentRelay } from './DocumentRelay';
import { LocalDocumentRelay } from './LocalDocumentRelay';
import { LocalLock } from './LocalLock';
import { RedisAccessRevocations } from './RedisAccessRevocations';
import { RedisCommentEvents } from './RedisCommentEvents';
import { RedisConnection } from './RedisConnection';
import { RedisDocumentRelay } from './RedisDocumentRelay';
import { RedisLock } from './RedisLock';
import { RedisLoginRateLimiter } from './RedisLoginRateLimiter';
import { RedisMatterEvents } from './RedisMatterEvents';

export interface ClusterSettings {
  /** REDIS_URL; without it everything stays in this process, as on a single instance. */
  redisUrl: string | undefined;
  redisPrefix: string;
  instanceId: string | undefined;
  loginMaxFailures: number;
  accessSweepIntervalMs: number;
}

/** Everything that is live and shared between instances, one unit per concern. */
export interface Cluster {
  readonly instanceId: string;
  readonly relay: DocumentRelay;
  readonly lock: ClusterLock;
  readonly commentEvents: CommentEvents;
  readonly matterEvents: MatterEvents;
  readonly rateLimiters: { perAccount: LoginRateLimiter; perAddress: LoginRateLimiter };
  /** How access changes reach every instance's open channels. */
  revocationsFor(channels: LiveChannels): AccessRevocations;
  /** undefined without Redis; otherwise whether it is connected now. */
  redisReady(): boolean | undefined;
  close(): Promise<void>;
}

const WINDOW_MS = 15 * 60_000;

export async function createCluster(
  settings: ClusterSettings,
  log: Logger,
  metrics: ServerMetrics | undefined,
): Promise<Cluster> {
  const instanceId = settings.instanceId ?? randomUUID();
  const limits = {
    perAccount: { maxFailures: settings.loginMaxFailures, windowMs: WINDOW_MS },
    perAddress: { maxFailures: settings.loginMaxFailures * 20, windowMs: WINDOW_MS },
  };
  if (!settings.redisUrl) {
    return {
      instanceId,
      relay: new LocalDocumentRelay(),
      lock: new LocalLock(),
      commentEvents: new CommentHub(),
      matterEvents: new MatterHub(),
      rateLimiters: {
        perAccount: new MemoryLoginRateLimiter(limits.perAccount),
        perAddress: new MemoryLoginRateLimiter(limits.perAddress),
      },
      revocationsFor: (channels) => channels,
      redisReady: () => undefined,
      close: async () => undefined,
    };
  }
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
