import type { RenderBlock } from '@yttra/domain';

/** Fields that identify rather than print: they pass through untouched. */
const NON_TEXT_FIELDS = new Set(['kind', 'sectionId']);

/**
 * Applies `transform` to every printed string of a block (texts, names, quote paragraphs, attachment fields), so an
 * exporter can make text safe for its medium (XML-legal for DOCX, encodable for PDF fonts) in one place, without
 * knowing each block kind's fields.
 */
export function mapBlockText<B extends RenderBlock>(block: B, transform: (text: string) => string): B {
  const entries = Object.entries(block).map(([key, value]) => {
    if (NON_TEXT_FIELDS.has(key)) return [key, value];
    if (typeof value === 'string') return [key, transform(value)];
    if (Array.isArray(value)) return [key, value.map((item) => (typeof item === 'string' ? transform(item) : item))];
    return [key, value];
  });
  return Object.fromEntries(entries) as B;
}
