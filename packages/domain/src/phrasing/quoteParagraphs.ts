import type { ProtocolTemplate } from '../template/protocolTemplateSchema';

/**
 * One quotation spans all paragraphs: it opens before the first and closes after the last. The marks go into the
 * text itself because they are part of the protocol's wording, which every exporter must reproduce alike.
 */
export function quoteParagraphs(paragraphs: readonly string[], marks: ProtocolTemplate['quotationMarks']): string[] {
  return paragraphs.map((paragraph, index) => {
    const opening = index === 0 ? marks.open : '';
    const closing = index === paragraphs.length - 1 ? marks.close : '';
    return `${opening}${paragraph}${closing}`;
  });
}
