import type { AppendedUpdate, DocumentStore, PendingAppend } from './DocumentStore';

interface QueuedAppend extends PendingAppend {
  resolve: (appended: AppendedUpdate | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * Makes accepted updates durable in batches: every append queued during one event-loop turn is written
 * in one storage transaction. Each append's promise settles only after its batch has committed, and
 * batches commit in order, so callers can relay an update as soon as its promise resolves.
 */
export class UpdateWriter {
  private queue: QueuedAppend[] = [];
  private flushScheduled = false;
  private chain: Promise<void> = Promise.resolve();
  private written = 0;
  private batches = 0;
  private inFlight = 0;

  /** `onBatch` is told how long each committed batch took (for the durable-write latency metric). */
  constructor(
    private readonly store: DocumentStore,
    private readonly onBatch?: (seconds: number, entries: number) => void,
  ) {}

  /** Appends not yet committed: queued for the next batch or in a batch being written. */
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
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Resolves once everything appended so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.flushScheduled) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    await this.chain;
  }

  stats(): { updatesWritten: number; batchesWritten: number } {
    return { updatesWritten: this.written, batchesWritten: this.batches };
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    this.inFlight += batch.length;
    this.chain = this.chain.then(async () => {
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
      } finally {
        this.inFlight -= batch.length;
      }
    });
  }
}
