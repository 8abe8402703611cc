import { z } from 'zod';
import { type ProtocolParagraph, protocolParagraphSchema } from './protocolParagraphSchema';

/**
 * Validates untrusted input (e.g. a paragraph mapped from the editor) and throws one Swedish message listing every
 * problem with its path, so the secretary sees all of them at once.
 */
export function parseProtocolParagraph(input: unknown): ProtocolParagraph {
  const result = protocolParagraphSchema.safeParse(input, { error: z.locales.sv().localeError });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new Error(`Paragrafen är inte giltig:\n${lines.join('\n')}`);
}
