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
  // Loaded only with REDIS_URL: ioredis and the shared units are some 20 MB of memory a single instance never uses.
  const { createRedisCluster } = await import('./createRedisCluster');
  return createRedisCluster({ ...settings, redisUrl: settings.redisUrl }, instanceId, limits, log, metrics);
}
