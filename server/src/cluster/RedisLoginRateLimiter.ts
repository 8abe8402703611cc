import { createHash, randomUUID } from 'node:crypto';
import type { LoginRateLimiter, RateLimitOptions } from '../accounts/LoginRateLimiter';
import { MemoryLoginRateLimiter } from '../accounts/MemoryLoginRateLimiter';
import type { Logger } from '../log';
import type { RedisConnection } from './RedisConnection';

/**
 * Failed sign-ins counted in Redis (a sorted set of failure times per key, trimmed to the window), so the limit
 * holds across every instance behind the load balancer. Keys are hashed: addresses and IPs never sit in Redis
 * in the clear. While Redis is unreachable each instance counts by itself (never unlimited).
 */
export class RedisLoginRateLimiter implements LoginRateLimiter {
  private readonly fallback: MemoryLoginRateLimiter;
  private readonly now: () => number;

  constructor(
    private readonly redis: RedisConnection,
    private readonly scope: string,
    private readonly options: RateLimitOptions,
    private readonly log: Logger,
  ) {
    this.fallback = new MemoryLoginRateLimiter(options);
    this.now = options.now ?? Date.now;
  }

  async retryAfter(key: string): Promise<number> {
    const redisKey = this.keyOf(key);
    const now = this.now();
    try {
      const [, [, count], [, oldest]] = (await this.redis.commands
        .multi()
        .zremrangebyscore(redisKey, '-inf', now - this.options.windowMs)
        .zcard(redisKey)
        .zrange(redisKey, 0, 0, 'WITHSCORES')
        .exec()) as [unknown, [unknown, number], [unknown, string[]]];
      const local = await this.fallback.retryAfter(key);
      if (count < this.options.maxFailures) return local;
      return Math.max(local, Number(oldest[1]) + this.options.windowMs - now, 0);
    } catch (error) {
      this.warn(error);
      return this.fallback.retryAfter(key);
    }
  }

  async recordFailure(key: string): Promise<void> {
    await this.fallback.recordFailure(key);
    const redisKey = this.keyOf(key);
    const now = this.now();
    try {
      await this.redis.commands
        .multi()
        .zadd(redisKey, now, `${now}:${randomUUID()}`)
        .pexpire(redisKey, this.options.windowMs)
        .exec();
    } catch (error) {
      this.warn(error);
    }
  }

  async reset(key: string): Promise<void> {
    await this.fallback.reset(key);
    try {
      await this.redis.commands.del(this.keyOf(key));
    } catch (error) {
      this.warn(error);
    }
  }

  private keyOf(key: string): string {
    return this.redis.key(`login:${this.scope}:${createHash('sha256').update(key).digest('hex')}`);
  }

  private warn(error: unknown): void {
    this.log.warn({ err: String(error) }, 'sign-in limits counted on this instance only: redis unreachable');
  }
}
