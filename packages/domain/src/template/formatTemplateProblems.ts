import type { TemplateProblem } from './findVersion2Problems';

/** One line per problem: `path: svensk text | English text`. */
export function formatTemplateProblems(problems: readonly TemplateProblem[]): string {
  return problems
    .map((problem) => `${problem.path.length > 0 ? problem.path.join('.') : '(mallen)'}: ${problem.sv} | ${problem.en}`)
    .join('\n');
}
