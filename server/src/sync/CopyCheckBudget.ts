/** Copy checks one writer may have at once; enough for every tab of a person resending after a crash. */
const BURST = 30;
/** A spent copy check comes back after this long. */
const REFILL_MS = 2_000;

/**
 * How many placement checks through a copy of the document (findMisplacedItemInCopy) each writer may cause. The
 * copy costs of the order of the document (hundreds of milliseconds for a large one) and runs only when the quick
 * check refuses, which an honest writer causes a handful of times after a crash at most. A writer who sends
 * misplaced items on purpose, reconnecting after every refusal, would otherwise keep a core busy; past its budget
 * the quick check's refusal stands. Refusing more never lets a misplaced item in.
 */
export class CopyCheckBudget {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly burst = BURST,
    private readonly refillMs = REFILL_MS,
  ) {}

  /** Spends one of the writer's copy checks; false when none is left. */
  take(writer: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(writer) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) / this.refillMs);
    const allowed = tokens >= 1;
    // Kept per writer for as long as the document is loaded: one small entry per person who caused a check.
    this.buckets.set(writer, { tokens: allowed ? tokens - 1 : tokens, at: now });
    return allowed;
  }
}
