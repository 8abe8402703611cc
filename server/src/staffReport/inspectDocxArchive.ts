import yauzl from 'yauzl';
import { StaffReportError } from './StaffReportError';

export interface ArchiveLimits {
  maxEntries: number;
  /** Sum of the declared uncompressed sizes. */
  maxUncompressedBytes: number;
  /** Uncompressed over compressed size of one entry; Word's own files stay far below it. */
  maxCompressionRatio: number;
}

export interface ArchiveFindings {
  trackedChanges: number;
  comments: number;
}

const NOT_DOCX = 'Filen är inte ett Word-dokument (.docx).';

/**
 * Checks a .docx before anything unpacks it: a zip with Word's main part, within the entry, size and ratio
 * limits (a zip bomb declares sizes far past them, and yauzl refuses entries that inflate past what they
 * declare). Reads the main part and the comments to count what the conversion would drop without a word.
 */
export async function inspectDocxArchive(buffer: Buffer, limits: ArchiveLimits): Promise<ArchiveFindings> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, opened) =>
      error || !opened ? reject(new StaffReportError(NOT_DOCX)) : resolve(opened),
    ),
  );
  if (zip.entryCount > limits.maxEntries)
    throw new StaffReportError('Filen innehåller för många delar för att vara ett vanligt Word-dokument.');
  const wanted = new Map<string, string>();
  let declared = 0;
  let names = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      zip.close();
      reject(error instanceof StaffReportError ? error : new StaffReportError(NOT_DOCX));
    };
    zip.on('error', fail);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      names += 1;
      declared += entry.uncompressedSize;
      const ratio = entry.compressedSize > 0 ? entry.uncompressedSize / entry.compressedSize : entry.uncompressedSize;
      if (
        declared > limits.maxUncompressedBytes ||
        (entry.uncompressedSize > 1_000_000 && ratio > limits.maxCompressionRatio)
      ) {
        fail(
          new StaffReportError(
            'Filen packas upp till mer än ett Word-dokument rimligen innehåller och importeras inte.',
          ),
        );
        return;
      }
      if (entry.fileName !== 'word/document.xml' && entry.fileName !== 'word/comments.xml') {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', fail);
        stream.on('end', () => {
          wanted.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  const main = wanted.get('word/document.xml');
  if (names === 0 || main === undefined) throw new StaffReportError(NOT_DOCX);
  const count = (text: string | undefined, pattern: RegExp) => (text?.match(pattern) ?? []).length;
  return {
    trackedChanges: count(main, /<w:(?:ins|del|moveFrom|moveTo)\b/g),
    comments: count(wanted.get('word/comments.xml'), /<w:comment\b/g),
  };
}
