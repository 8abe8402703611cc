import { z } from 'zod';
import { type ProtocolTemplate, protocolTemplateSchema } from './protocolTemplateSchema';

/** Validates a template (e.g. loaded from a municipality's settings) and throws every problem in one Swedish message. */
export function parseTemplate(input: unknown): ProtocolTemplate {
  const result = protocolTemplateSchema.safeParse(input, { error: z.locales.sv().localeError });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new Error(`Mallen är inte giltig:\n${lines.join('\n')}`);
}
