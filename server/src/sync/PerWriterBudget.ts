/**
 * How much of something costly each writer of a document may cause: a burst, then one more per refill period
 * (a token bucket per writer). PeerUpdateAdmission keeps two: placement checks through a copy of the document,
 * and client ids new to the document.
 */
export class PerWriterBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly refillMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether `amount` is left for the writer now, spending nothing. */
  has(writer: string, amount = 1): boolean {
    return this.tokensOf(writer, this.now()) >= amount;
  }

  /** Spends `amount` of the writer's budget; false (and nothing spent) when that much is not left. */
  take(writer: string, amount = 1): boolean {
    const now = this.now();
    const tokens = this.tokensOf(writer, now);
    const allowed = tokens >= amount;
    // Kept per writer for as long as the document is loaded: one small entry per person who spent any.
    this.buckets.set(writer, { tokens: allowed ? tokens - amount : tokens, at: now });
    return allowed;
  }

  private tokensOf(writer: string, now: number): number {
    const bucket = this.buckets.get(writer);
    return bucket ? Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs) : this.burst;
  }
}
