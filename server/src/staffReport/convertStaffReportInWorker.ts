import { parentPort } from 'node:worker_threads';
import { convertStaffReport } from './convertStaffReport';
import { StaffReportError } from './StaffReportError';

// Files arrive one at a time; each answer carries the id of the file it is for.
parentPort?.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  convertStaffReport(Buffer.from(bytes)).then(
    (converted) => parentPort?.postMessage({ id, converted }),
    (error: unknown) =>
      parentPort?.postMessage({
        id,
        error:
          error instanceof StaffReportError ? error.message : 'Filen kunde inte läsas som ett Word-dokument (.docx).',
      }),
  );
});
