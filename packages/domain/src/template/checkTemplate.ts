import { z } from 'zod';
import { findTemplateProblems } from './findTemplateProblems';
import { findVersion2Problems, type TemplateProblem } from './findVersion2Problems';
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
  // zod skips refinements once the shape is wrong; the phrase checks still say what they can about the raw input,
  // so one run of the check lists every problem it can find.
  if (!problems.some((problem) => problem.path[0] === 'sentences' || problem.path[0] === 'phrases')) {
    problems.push(...tolerant(() => findTemplateProblems(input as ProtocolTemplate)).filter(isPhraseProblem));
    problems.push(...tolerant(() => findVersion2Problems(input as ProtocolTemplate)));
  }
  return { problems };
}

const isPhraseProblem = (problem: TemplateProblem) => problem.path[0] === 'phrases';

function tolerant(find: () => TemplateProblem[]): TemplateProblem[] {
  try {
    return find();
  } catch {
    // Input too far from a template to check its phrases: the shape problems above say why.
    return [];
  }
}
