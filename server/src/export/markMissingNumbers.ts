import { fillPattern, type ProtocolParagraph, type ProtocolTemplate, type RenderBlock } from '@yttra/domain';

export const MISSING_NUMBER = '[saknas]';

/**
 * A paragraph whose protocol or paragraph number is not set yet never prints "§ 0" or an empty "Protokoll nr":
 * the missing number shows as a placeholder and the export opens with a draft mark (UTKAST).
 */
export function markMissingNumbers(
  blocks: readonly RenderBlock[],
  header: ProtocolParagraph['header'],
  template: ProtocolTemplate,
  /** What the draft mark says; by default which numbers are missing. */
  mark?: string,
): RenderBlock[] {
  const protocolMissing = header.protocolNumber.trim() === '';
  const paragraphMissing = !(header.paragraphNumber > 0);
  if (!protocolMissing && !paragraphMissing) return [...blocks];
  const marked = blocks.map((block): RenderBlock => {
    if (block.kind === 'pageHeader' && protocolMissing) {
      return { ...block, protocol: fillPattern(template.phrases.protocolNumber, { protocolNumber: MISSING_NUMBER }) };
    }
    if (block.kind === 'paragraphNumber' && paragraphMissing) {
      return { ...block, text: fillPattern(template.phrases.paragraphNumber, { paragraphNumber: MISSING_NUMBER }) };
    }
    return block;
  });
  const missing = [protocolMissing && 'protokollnummer', paragraphMissing && 'paragrafnummer'].filter(Boolean);
  return [{ kind: 'text', text: mark ?? `UTKAST – ${missing.join(' och ')} saknas` }, ...marked];
}
