import { type RenderBlock, renderPlainText } from '@yttra/domain';
import { swedishDate } from './swedishDate';

/**
 * The approved paragraph's text export, fixed at justering: the paragraph and a last line saying when it was
 * approved and where its checksum is checked. The checksum is SHA-256 over exactly these bytes (UTF-8), so
 * `sha256sum` of the downloaded .txt gives it; a file cannot carry its own hash, so it stands beside the file.
 */
export function approvalText(
  blocks: readonly RenderBlock[],
  approvedAt: number,
  verifyAddress: string,
  immediate = false,
): string {
  return renderPlainText([
    ...blocks,
    {
      kind: 'text',
      text: `${immediate ? 'Omedelbart justerad' : 'Justerad'} ${swedishDate(approvedAt)}. Kontrollera filen: sha256sum ger dess kontrollsumma, som ${verifyAddress} bekräftar.`,
    },
  ]);
}
