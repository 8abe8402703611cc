import { Worker } from 'node:worker_threads';
import type { ConvertedStaffReport } from './convertStaffReport';
import { StaffReportError } from './StaffReportError';

export interface ConversionLimits {
  timeoutMs: number;
  maxMemoryMb: number;
}

/**
 * Converts the staff report in a worker thread, so a large or hostile file never blocks the event loop. The
 * worker has its own memory ceiling and is ended at the time limit; either way the caller gets a Swedish error.
 */
export function convertStaffReportOffThread(
  bytes: Uint8Array,
  limits: ConversionLimits,
): Promise<ConvertedStaffReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./convertStaffReport.worker.mjs', import.meta.url), {
      workerData: bytes,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new StaffReportError('Filen tog för lång tid att läsa och importeras inte.'))),
      limits.timeoutMs,
    );
    worker.on('message', (message: { converted?: ConvertedStaffReport; error?: string }) =>
      finish(() =>
        message.converted ? resolve(message.converted) : reject(new StaffReportError(message.error ?? 'Okänt fel')),
      ),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          new StaffReportError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? 'Filen kräver mer minne än ett Word-dokument rimligen behöver och importeras inte.'
              : 'Filen kunde inte läsas som ett Word-dokument (.docx).',
          ),
        ),
      ),
    );
    worker.on('exit', () =>
      finish(() => reject(new StaffReportError('Filen kunde inte läsas som ett Word-dokument (.docx).'))),
    );
  });
}
