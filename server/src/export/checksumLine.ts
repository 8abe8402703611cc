import type { RenderBlock } from '@yttra/domain';
import { swedishDate } from './swedishDate';

/**
 * The line the HTML, DOCX and PDF exports of an approved paragraph end with: the checksum of the text file
 * (the one file whose bytes it covers), the command that checks it, and the page that confirms it.
 */
export function checksumLine(
  approvedAt: number,
  checksum: string,
  textFilename: string,
  verifyUrl: string,
): RenderBlock {
  return {
    kind: 'text',
    text: `Justerad ${swedishDate(approvedAt)}. Kontrollsumma (SHA-256) för textfilen ${textFilename}: ${checksum}. Kontrollera med sha256sum ${textFilename} eller på ${verifyUrl}`,
  };
}
