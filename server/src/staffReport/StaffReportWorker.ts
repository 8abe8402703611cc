import { Worker } from 'node:worker_threads';
import type { ConvertedStaffReport } from './convertStaffReport';
import { StaffReportError } from './StaffReportError';

/**
 * The worker's entry: from source (tests, `pnpm dev`) a wrapper that registers the TypeScript loader in the
 * worker's thread; in the built server (dist/) the bundled converter that build.mjs writes beside the main chunk.
 */
const WORKER_ENTRY = import.meta.url.endsWith('.ts')
  ? new URL('./convertStaffReport.worker.mjs', import.meta.url)
  : new URL('./staffReportWorker.js', import.meta.url);

export interface ConversionLimits {
  timeoutMs: number;
  maxMemoryMb: number;
}

const UNREADABLE = 'Filen kunde inte läsas som ett Word-dokument (.docx).';
/** A worker with nothing to do is ended after this long; the next file starts a new one. */
const IDLE_MS = 60_000;

/**
 * One worker thread that converts staff reports one file at a time, off the event loop. Starting a thread (and
 * loading the converter into it) takes seconds on a busy machine, so it is kept while files keep coming. A file
 * that runs past the time limit or the thread's memory ceiling ends the thread; the next file gets a fresh one.
 */
export class StaffReportWorker {
  private worker: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly limits: ConversionLimits) {}

  convert(bytes: Uint8Array): Promise<ConvertedStaffReport> {
    const job = this.queue.then(
      () => this.run(bytes),
      () => this.run(bytes),
    );
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Ends the thread now, e.g. when the server shuts down. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(WORKER_ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
    });
    // An idle converter never keeps the process alive.
    worker.unref();
    return worker;
  }

  private run(bytes: Uint8Array): Promise<ConvertedStaffReport> {
    clearTimeout(this.idleTimer);
    this.worker ??= this.start();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise<ConvertedStaffReport>((resolve, reject) => {
      const cleanUp = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const discard = () => {
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
      };
      const onMessage = (message: { id: number; converted?: ConvertedStaffReport; error?: string }) => {
        if (message.id !== id) return;
        cleanUp();
        this.idleTimer = setTimeout(() => void this.close(), IDLE_MS).unref();
        if (message.converted) resolve(message.converted);
        else reject(new StaffReportError(message.error ?? UNREADABLE));
      };
      const onError = (error: Error & { code?: string }) => {
        cleanUp();
        discard();
        reject(
          new StaffReportError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? 'Filen kräver mer minne än ett Word-dokument rimligen behöver och importeras inte.'
              : UNREADABLE,
          ),
        );
      };
      const onExit = () => {
        cleanUp();
        if (this.worker === worker) this.worker = undefined;
        reject(new StaffReportError(UNREADABLE));
      };
      const timer = setTimeout(() => {
        cleanUp();
        discard();
        reject(new StaffReportError('Filen tog för lång tid att läsa och importeras inte.'));
      }, this.limits.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, bytes });
    });
  }
}
