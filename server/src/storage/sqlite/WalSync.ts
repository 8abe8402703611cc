import { fdatasyncSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';

/** How one flush is done, on the event loop or off it (see WalSync). */
export interface WalFlushers {
  onLoop(handle: FileHandle): void;
  offLoop(handle: FileHandle): Promise<void>;
}

/**
 * fdatasync writes the data and the metadata needed to read it back (the WAL's size) but not its modification
 * time: one journal commit fewer per flush than the fsync SQLite's own synchronous = FULL does here.
 */
const fdatasync: WalFlushers = {
  onLoop: (handle) => fdatasyncSync(handle.fd),
  offLoop: (handle) => handle.datasync(),
};

/** Flushes slower than this on average go to the thread pool. */
const ON_LOOP_BELOW_MS = 1;

/**
 * Group commit for the embedded database's write-ahead log. Update batches commit with synchronous = NORMAL
 * (their frames are written to the WAL, not yet synced: safe against a killed process, not yet against a power
 * cut) and are reported durable only once a flush of the WAL that began after their commit has finished. Every
 * commit made while one flush runs shares the next one, so the number of flushes falls as load grows. (Another
 * process on the same file may read a batch before its flush; a power cut in between takes it off the disk but not
 * out of the clients that saw it or wrote it, which hold it and send it again.)
 *
 * Where the flush runs is measured, not fixed. On a fast disk (flushes under 1 ms on average) it runs on the event
 * loop: the thread-pool round trip cost more CPU than the flush blocked (typing load, 20 clients: 86 µs per
 * delivered update off the loop, 67 on it). On a slow or contended disk it moves to libuv's thread pool, so the
 * loop goes on receiving, checking and relaying while the disk works (50 documents typed into beside a competing
 * writer: p50 latency 37 ms instead of 51). docs/performance.md has the runs.
 */
export class WalSync {
  private handle: Promise<FileHandle> | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private flushes = 0;
  private closed = false;
  /** A moving average of recent flush times: decides where the next flush runs. */
  private averageFlushMs = 0;

  /** `flushers` and `onLoopBelowMs` are fdatasync and 1 ms, unless a test decides. */
  constructor(
    private readonly walPath: string,
    private readonly flushers: WalFlushers = fdatasync,
    private readonly onLoopBelowMs = ON_LOOP_BELOW_MS,
  ) {}

  /** How many flushes have finished. */
  get flushCount(): number {
    return this.flushes;
  }

  /** Whether the next flush will run on the event loop. */
  get flushesOnLoop(): boolean {
    return this.averageFlushMs < this.onLoopBelowMs;
  }

  /** Resolves once everything committed before the call is on disk; rejects if the flush that covers it failed. */
  durable(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the write-ahead log is closed'));
    // A queued flush has not started yet, so it covers this commit too.
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    // The running flush may have begun before this commit reached the WAL: the next one must begin after it.
    const queued = this.running.then(ignore, ignore).then(() => {
      this.queued = undefined;
      return this.start();
    });
    this.queued = queued;
    return queued;
  }

  /** Waits for the flushes under way, then lets go of the file. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queued?.catch(ignore);
    await this.running?.catch(ignore);
    const handle = this.handle;
    this.handle = undefined;
    await (await handle?.catch(() => undefined))?.close();
  }

  private start(): Promise<void> {
    const run = this.flushOnce().finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async flushOnce(): Promise<void> {
    const handle = await this.openWal();
    const started = performance.now();
    if (this.flushesOnLoop) this.flushers.onLoop(handle);
    else await this.flushers.offLoop(handle);
    // One slow flush sends the next few to the thread pool; they come back once the disk is fast again.
    this.averageFlushMs = 0.8 * this.averageFlushMs + 0.2 * (performance.now() - started);
    this.flushes += 1;
  }

  /**
   * Opened once: SQLite keeps the WAL file (and so its inode, which fsync flushes whatever descriptor it is given)
   * for as long as this process holds its connection, and only truncates it in place. A failed open is tried
   * again by the next flush rather than remembered.
   */
  private openWal(): Promise<FileHandle> {
    if (!this.handle) {
      const opening = open(this.walPath, 'r+');
      this.handle = opening;
      opening.catch(() => {
        if (this.handle === opening) this.handle = undefined;
      });
    }
    return this.handle;
  }
}

function ignore(): void {}
