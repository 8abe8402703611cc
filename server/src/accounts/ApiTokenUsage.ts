import type { AccountStore } from './AccountStore';

export interface ApiTokenUsageOptions {
  /** How often recorded uses are written; at most one write per token per interval, all in one batch. */
  flushEveryMs: number;
}

/**
 * When each API token was last used, kept in memory and written in one batch off the request path: a
 * script's every request (and a WebSocket connect with `?token=`) would otherwise wait for an fsynced write.
 * A crash loses at most one interval of "last used" times, which are bookkeeping, never access decisions.
 */
export class ApiTokenUsage {
  private readonly pending = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: AccountStore,
    options: ApiTokenUsageOptions,
  ) {
    this.timer = setInterval(() => void this.flush(), options.flushEveryMs);
    this.timer.unref();
  }

  record(tokenId: string, usedAt: number): void {
    this.pending.set(tokenId, usedAt);
  }

  /** A use not yet written, so listings show it at once. */
  unwritten(tokenId: string): number | undefined {
    return this.pending.get(tokenId);
  }

  forget(tokenId: string): void {
    this.pending.delete(tokenId);
  }

  /** Writes every recorded use; later calls wait for an earlier flush to finish first. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const uses = [...this.pending].map(([id, usedAt]) => ({ id, usedAt }));
      this.pending.clear();
      await this.store.touchApiTokens(uses);
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
