import { type ProtocolTemplate, paragraphHeaderSchema } from '@yttra/domain';

export const headerFields = [
  'board',
  'protocolNumber',
  'meetingDate',
  'paragraphNumber',
  'title',
  'matterKind',
  'caseNumber',
  'replyTo',
] as const;

export type HeaderField = (typeof headerFields)[number];

export type HeaderValues = Record<Exclude<HeaderField, 'paragraphNumber'>, string> & {
  paragraphNumber: number | null;
};

/** What an empty field is told; the schema's own messages describe the format, not the absence. */
const MISSING: Record<HeaderField, string> = {
  board: 'Nämndens namn saknas.',
  protocolNumber: 'Protokollnumret saknas.',
  meetingDate: 'Sammanträdesdatumet saknas.',
  paragraphNumber: 'Paragrafnumret saknas.',
  title: 'Ärendemeningen saknas.',
  matterKind: 'Ärendetypen saknas.',
  caseNumber: 'Diarienumret saknas.',
  replyTo: 'Ange vem remissvaret går till.',
};

export function isEmptyHeaderValue(value: string | number | null): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

const WRITTEN_AS = { caseNumber: 'Diarienumret', protocolNumber: 'Protokollnumret' } as const;

/**
 * The Swedish message for one header field, or undefined when the value is fine. An organisation that writes its
 * numbers its own way (its template's caseNumberPattern, protocolNumberPattern) is checked against those.
 */
export function headerFieldProblem(
  field: HeaderField,
  value: string | number | null,
  organisation?: ProtocolTemplate['organisation'],
): string | undefined {
  if (isEmptyHeaderValue(value)) return MISSING[field];
  if (field === 'replyTo') return undefined;
  if (field === 'caseNumber' || field === 'protocolNumber') {
    const pattern = organisation?.[`${field}Pattern`];
    if (pattern !== undefined) {
      const example = organisation?.[`${field}Example`];
      return new RegExp(pattern, 'u').test(String(value))
        ? undefined
        : `${WRITTEN_AS[field]} är inte skrivet som nämnden skriver det${example ? `, t.ex. ${example}` : ''}.`;
    }
  }
  const result = paragraphHeaderSchema.shape[field].safeParse(value);
  return result.success ? undefined : (result.error.issues[0]?.message ?? MISSING[field]);
}

/** Every field's message, by field; fields that are fine are left out. */
export function headerFieldProblems(values: HeaderValues): Partial<Record<HeaderField, string>> {
  const problems: Partial<Record<HeaderField, string>> = {};
  for (const field of headerFields) {
    const problem = headerFieldProblem(field, values[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}
