import { randomUUID } from 'node:crypto';
import { type ClusterLock, LockUnavailableError } from './ClusterLock';
import { LocalLock } from './LocalLock';
import type { RedisConnection } from './RedisConnection';

/** Deletes the key only if it still holds our token: a lock that expired and was taken by another stays theirs. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

export interface RedisLockOptions {
  /** How long a lock lives without renewal: an instance that dies holding it blocks the others this long. */
  ttlMs: number;
  /** How long to wait for a lock another instance holds. */
  waitMs: number;
}

/**
 * A single-Redis lock (SET NX PX with a random token, renewed while the work runs). It guards work that is also
 * safe to repeat (every guarded change first checks storage for what is already there); the lock makes it
 * happen once instead of racing. Waiters in this process queue locally first, so they do not poll Redis.
 */
export class RedisLock implements ClusterLock {
  private readonly local = new LocalLock();

  constructor(
    private readonly redis: RedisConnection,
    private readonly options: RedisLockOptions,
  ) {}

  withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    return this.local.withLock(name, () => this.holdInRedis(name, work));
  }

  private async holdInRedis<T>(name: string, work: () => Promise<T>): Promise<T> {
    const key = this.redis.key(`lock:${name}`);
    const token = randomUUID();
    const deadline = Date.now() + this.options.waitMs;
    for (let attempt = 0; ; attempt++) {
      let taken: string | null;
      try {
        taken = await this.redis.commands.set(key, token, 'PX', this.options.ttlMs, 'NX');
      } catch (error) {
        throw new LockUnavailableError(`lock ${name}: redis unreachable (${String(error)})`);
      }
      if (taken === 'OK') break;
      if (Date.now() > deadline)
        throw new LockUnavailableError(`lock ${name}: still held after ${this.options.waitMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(10 * 2 ** attempt, 200)));
    }
    const renew = setInterval(() => {
      this.redis.commands.eval(EXTEND, 1, key, token, this.options.ttlMs).catch(() => undefined);
    }, this.options.ttlMs / 3);
    renew.unref();
    try {
      return await work();
    } finally {
      clearInterval(renew);
      await this.redis.commands.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  }
}
