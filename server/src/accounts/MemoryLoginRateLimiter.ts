import type { LoginRateLimiter, RateLimitOptions } from './LoginRateLimiter';

/**
 * Counts failed sign-ins per key (an address, an IP) in a sliding window. Kept in memory: a restart forgets
 * the counts, which only ever helps a legitimate user; several instances share counts through Redis instead
 * (RedisLoginRateLimiter), which falls back to this one while Redis is unreachable.
 */
export class MemoryLoginRateLimiter implements LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds until the key may try again; 0 when it may try now. */
  async retryAfter(key: string): Promise<number> {
    const recent = this.recent(key);
    if (recent.length < this.options.maxFailures) return 0;
    return Math.max(0, (recent[0] as number) + this.options.windowMs - this.now());
  }

  async recordFailure(key: string): Promise<void> {
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  async reset(key: string): Promise<void> {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.options.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((time) => time > cutoff);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}
