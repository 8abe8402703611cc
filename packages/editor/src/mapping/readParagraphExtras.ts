import type { JSONContent } from '@tiptap/core';
import {
  type ParagraphHeader,
  type Person,
  type ProtocolTemplate,
  personSchema,
  type QuotationMarks,
  quotationMarksSchema,
} from '@yttra/domain';
import { textAttribute } from './textAttribute';

const parseJson = (text: string): unknown => {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const readQuotationMarks = (value: unknown): QuotationMarks | undefined => {
  const parsed = quotationMarksSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/**
 * What the header stores beyond version 1's fields: the chair and the paragraph's own quotation marks. Also which of
 * readHeader's problems do not apply under the template: a header layout without the matter kind does not miss it,
 * and a version-2 template need not phrase the standard remiss sentence, so it does not miss its recipient. The
 * header's matter kind is left out in the first case (it is optional in the domain).
 */
export function readParagraphExtras(
  node: JSONContent,
  template: ProtocolTemplate,
  header: ParagraphHeader,
): { chair?: Person; quotationMarks?: QuotationMarks; problemsToDrop: string[] } {
  const problemsToDrop: string[] = [];
  const printsMatterKind = template.header?.lines.some((line) => line.pattern.includes('matterKind')) ?? true;
  if (!printsMatterKind && header.matterKind === '') {
    problemsToDrop.push('Ärendetypen saknas.');
    delete header.matterKind;
  }
  if (template.version === 2) problemsToDrop.push('Mottagaren av remissvaret saknas.');
  const chairResult = personSchema.safeParse(parseJson(textAttribute(node, 'chair')));
  const chair = chairResult.success ? chairResult.data : undefined;
  const quotationMarks = readQuotationMarks(parseJson(textAttribute(node, 'quotationMarks')));
  return { ...(chair ? { chair } : {}), ...(quotationMarks ? { quotationMarks } : {}), problemsToDrop };
}
