/**
 * Follows one document's update log as an instance learns of its entries: from its own appends, from relay
 * messages (possibly late, duplicated or lost) and from reading the log. `appliedThrough` is the highest seq such
 * that every entry up to it has been applied here. Seqs are not consecutive per document, so each entry names the
 * entry before it (`previousSeq`), and an entry whose predecessor is unknown waits in `ahead` until a catch-up
 * read fills the gap.
 */
export class LogFollower {
  private through: number;
  /** previousSeq → seq of entries applied beyond a gap. */
  private readonly ahead = new Map<number, number>();
  private gapSince: number | undefined;

  constructor(appliedThrough: number) {
    this.through = appliedThrough;
  }

  get appliedThrough(): number {
    return this.through;
  }

  /** True if the entry is already applied (at or below the contiguous watermark). */
  has(seq: number): boolean {
    return seq <= this.through;
  }

  /** Records an applied entry; returns true when it leaves a gap behind it. */
  record(seq: number, previousSeq: number, now = Date.now()): boolean {
    if (seq <= this.through) return this.hasGap;
    this.ahead.set(previousSeq, seq);
    this.advance();
    if (this.ahead.size > 0) this.gapSince ??= now;
    return this.hasGap;
  }

  /** Everything up to `seq` has been read from the log and applied. */
  caughtUpTo(seq: number): void {
    if (seq > this.through) this.through = seq;
    for (const [previous, next] of [...this.ahead]) {
      if (next <= this.through) this.ahead.delete(previous);
    }
    // An entry whose predecessor lies below the watermark had nothing between them when it was written, so it
    // continues the chain from here (its predecessor may since have been merged into a compacted snapshot).
    for (const [previous, next] of [...this.ahead]) {
      if (previous < this.through) {
        this.ahead.delete(previous);
        if (!this.ahead.has(this.through)) this.ahead.set(this.through, next);
      }
    }
    this.advance();
    if (this.ahead.size === 0) this.gapSince = undefined;
  }

  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /** How long the oldest open gap has been open, 0 without one. */
  gapAge(now = Date.now()): number {
    return this.gapSince === undefined ? 0 : now - this.gapSince;
  }

  private advance(): void {
    let next = this.ahead.get(this.through);
    while (next !== undefined) {
      this.ahead.delete(this.through);
      this.through = next;
      next = this.ahead.get(this.through);
    }
    if (this.ahead.size === 0) this.gapSince = undefined;
  }
}
