import { checkTemplate } from './checkTemplate';
import { formatTemplateProblems } from './formatTemplateProblems';
import type { ProtocolTemplate } from './protocolTemplateSchema';

/**
 * Validates a template (e.g. loaded from a municipality's settings) and throws every problem in one message, one
 * line per problem with its path, in Swedish and English (the same lines `pnpm template:check` prints).
 */
export function parseTemplate(input: unknown): ProtocolTemplate {
  const { template, problems } = checkTemplate(input);
  if (template) return template;
  throw new Error(`Mallen är inte giltig:\n${formatTemplateProblems(problems)}`);
}
