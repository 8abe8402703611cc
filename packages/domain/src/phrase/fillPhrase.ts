import { parsePhrase } from './parsePhrase';
import { phraseFilters } from './phraseFilters';
import type { PhraseNode } from './phraseSyntax';

/** What a phrase is filled from: text, numbers, flags, and objects of them (a proposal, a vote). */
export type PhraseValue = string | number | boolean | undefined | null | PhraseValues;
export interface PhraseValues {
  readonly [name: string]: PhraseValue;
}

const lookup = (values: PhraseValues, path: readonly string[]): PhraseValue =>
  path.reduce<PhraseValue>(
    (value, name) => (value !== null && typeof value === 'object' ? (value as PhraseValues)[name] : undefined),
    values,
  );

const isPresent = (value: PhraseValue) =>
  value !== undefined && value !== null && value !== '' && value !== false && value !== 0;

/**
 * Fills a version-2 phrase. Templates are checked when they are loaded, so a syntax problem or a missing value here
 * means the code and the placeholder specification disagree: that is a bug, and it throws.
 */
export function fillPhrase(pattern: string, values: PhraseValues): string {
  const { nodes, problems } = parsePhrase(pattern);
  if (problems.length > 0)
    throw new Error(`Frasen "${pattern}" är trasig: ${problems.map((problem) => problem.sv).join('; ')}`);
  return render(nodes, values, pattern);
}

function render(nodes: readonly PhraseNode[], values: PhraseValues, pattern: string): string {
  let output = '';
  for (const node of nodes) {
    if (node.type === 'text') output += node.text;
    else if (node.type === 'section') {
      if (isPresent(lookup(values, node.path)) !== node.negated) output += render(node.children, values, pattern);
    } else {
      const value = lookup(values, node.path);
      if (value === undefined || value === null || typeof value === 'object' || typeof value === 'boolean') {
        throw new Error(`Platshållaren {${node.path.join('.')}} saknar värde i mönstret "${pattern}".`);
      }
      output += node.filters.reduce<string>((text, filter) => {
        const implementation = phraseFilters[filter.name];
        if (!implementation) throw new Error(`Okänt filter "${filter.name}" i mönstret "${pattern}".`);
        return implementation.apply(text, filter.args);
      }, String(value));
    }
  }
  return output;
}
