import type { DocumentStore, PendingAppend } from './DocumentStore';

interface QueuedAppend extends PendingAppend {
  resolve: () => void;
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

  constructor(private readonly store: DocumentStore) {}

  append(
    documentId: string,
    update: Uint8Array,
    authored: Pick<PendingAppend, 'authorId' | 'authorship'> = {},
  ): Promise<void> {
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
    this.chain = this.chain.then(async () => {
      try {
        await this.store.appendUpdates(batch);
        this.written += batch.length;
        this.batches += 1;
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    });
  }
}
