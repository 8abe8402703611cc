import { parentPort, workerData } from 'node:worker_threads';
import { convertStaffReport } from './convertStaffReport';
import { StaffReportError } from './StaffReportError';

// One file per worker: the thread ends when it has answered, and its memory with it.
convertStaffReport(Buffer.from(workerData as Uint8Array)).then(
  (converted) => parentPort?.postMessage({ converted }),
  (error: unknown) =>
    parentPort?.postMessage({
      error:
        error instanceof StaffReportError ? error.message : 'Filen kunde inte läsas som ett Word-dokument (.docx).',
    }),
);
