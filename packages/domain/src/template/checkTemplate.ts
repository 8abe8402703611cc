import { z } from 'zod';
import type { TemplateProblem } from './findVersion2Problems';
import { type ProtocolTemplate, protocolTemplateSchema } from './protocolTemplateSchema';

const swedish = z.locales.sv().localeError;
const english = z.locales.en().localeError;

const localeMessage = (locale: typeof english, issue: z.core.$ZodIssue): string => {
  const result = locale(issue as Parameters<typeof english>[0]);
  return typeof result === 'string' ? result : (result?.message ?? issue.message);
};

/**
 * Checks a template (parsed JSON) and returns it with every problem, each with its path and a Swedish and an English
 * wording: what `pnpm template:check` prints and what stops the server at start. Messages the schema words itself
 * (in Swedish) get zod's English wording of the same issue.
 */
export function checkTemplate(input: unknown): { template?: ProtocolTemplate; problems: TemplateProblem[] } {
  const result = protocolTemplateSchema.safeParse(input, { error: swedish });
  if (result.success) return { template: result.data, problems: [] };
  const problems = result.error.issues.map((issue): TemplateProblem => {
    const params = 'params' in issue ? (issue.params as { en?: string; path?: never } | undefined) : undefined;
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code === 'custom') return { path, sv: issue.message, en: params?.en ?? issue.message };
    return { path, sv: issue.message, en: localeMessage(english, issue) };
  });
  return { problems };
}
