import type { AppendedUpdate, DocumentStore, PendingAppend } from './DocumentStore';

interface QueuedAppend extends PendingAppend {
  resolve: (appended: AppendedUpdate | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Makes accepted updates durable in batches (group commit): one batch is being written at a time, and every
 * append that arrives meanwhile waits for it and goes into the next batch, one storage transaction; with nothing
 * being written, the appends of one event-loop turn make the batch. Each append's promise settles only after its
 * batch is durable, and batches settle in order, so callers can relay an update as soon as its promise resolves.
 *
 * An append that arrives during a write could not be durable before that write's flush ends anyway, so waiting
 * for it adds no latency, and the slower the disk, the more one transaction and one flush carry.
 */
export class UpdateWriter {
  private queue: QueuedAppend[] = [];
  private flushScheduled = false;
  private writing: Promise<void> | undefined;
  private written = 0;
  private batches = 0;
  private inFlight = 0;

  /** `onBatch` is told how long each committed batch took (for the durable-write latency metric). */
  constructor(
    private readonly store: DocumentStore,
    private readonly onBatch?: (seconds: number, entries: number) => void,
  ) {}

  /** Appends not yet durable: queued for the next batch or in the batch being written. */
  get depth(): number {
    return this.queue.length + this.inFlight;
  }

  /** Resolves with where the update landed in its document's log, when the store says (see AppendedUpdate). */
  append(
    documentId: string,
    update: Uint8Array,
    authored: Pick<PendingAppend, 'authorId' | 'authorship'> = {},
  ): Promise<AppendedUpdate | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ documentId, update, ...authored, resolve, reject });
      if (!this.flushScheduled && !this.writing) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Resolves once everything appended so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.flushScheduled || this.writing) {
      await (this.writing ?? new Promise((resolve) => setImmediate(resolve)));
    }
  }

  stats(): { updatesWritten: number; batchesWritten: number } {
    return { updatesWritten: this.written, batchesWritten: this.batches };
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    this.inFlight = batch.length;
    this.writing = this.write(batch).finally(() => {
      this.inFlight = 0;
      this.writing = undefined;
      // What arrived during the write has waited a whole write already: it goes now, not a turn later.
      if (this.queue.length > 0) this.flush();
    });
  }

  private async write(batch: readonly QueuedAppend[]): Promise<void> {
    const started = performance.now();
    try {
      const appended = (await this.store.appendUpdates(batch)) ?? undefined;
      this.written += batch.length;
      this.batches += 1;
      this.onBatch?.((performance.now() - started) / 1000, batch.length);
      batch.forEach((entry, index) => {
        entry.resolve(appended?.[index]);
      });
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }
}
