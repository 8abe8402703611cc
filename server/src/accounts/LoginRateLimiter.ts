export interface RateLimitOptions {
  maxFailures: number;
  windowMs: number;
  now?: () => number;
}

/** Failed sign-ins per key (an address, an IP) in a sliding window, wherever they are counted. */
export interface LoginRateLimiter {
  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfter(key: string): Promise<number>;
  recordFailure(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}
