import { parsePhrase } from './parsePhrase';
import { phraseFilters } from './phraseFilters';
import type { PhraseNode, PhraseProblem } from './phraseSyntax';

/**
 * What a phrase may refer to: each name maps to `true` (a printable value) or to the shape of an object. `required`
 * lists the paths a phrase must print somewhere (the facts a protocol may not lose, such as who moved).
 */
export interface PhraseSpec {
  values: PhraseShape;
  required?: readonly string[];
}
export interface PhraseShape {
  readonly [name: string]: true | PhraseShape;
}

/** Every problem of one phrase against its specification: syntax, unknown paths and filters, missing facts. */
export function checkPhrase(pattern: string, spec: PhraseSpec): PhraseProblem[] {
  const { nodes, problems } = parsePhrase(pattern);
  const printed = new Set<string>();
  const visit = (list: readonly PhraseNode[]) => {
    for (const node of list) {
      if (node.type === 'text') continue;
      const name = node.path.join('.');
      const target = node.path.reduce<true | PhraseShape | undefined>(
        (shape, part) => (shape === undefined || shape === true ? undefined : shape[part]),
        spec.values,
      );
      if (target === undefined) {
        const options =
          Object.keys(spec.values)
            .map((option) => `{${option}}`)
            .join(', ') || '–';
        problems.push({
          sv: `okänd platshållare {${name}} (tillåtna: ${options})`,
          en: `unknown placeholder {${name}} (allowed: ${options})`,
        });
      } else if (node.type === 'value' && target !== true) {
        problems.push({
          sv: `{${name}} är ett objekt och kan inte skrivas ut`,
          en: `{${name}} is an object and cannot be printed`,
        });
      }
      if (node.type === 'section') visit(node.children);
      else {
        printed.add(name);
        for (const filter of node.filters) {
          const known = phraseFilters[filter.name];
          if (!known) {
            const names = Object.keys(phraseFilters).join(', ');
            problems.push({
              sv: `okänt filter "${filter.name}" (finns: ${names})`,
              en: `unknown filter "${filter.name}" (available: ${names})`,
            });
          } else if (filter.args.length !== known.arity) {
            problems.push({
              sv: `filtret "${filter.name}" tar ${known.arity} argument, inte ${filter.args.length}`,
              en: `the filter "${filter.name}" takes ${known.arity} arguments, not ${filter.args.length}`,
            });
          }
        }
      }
    }
  };
  visit(nodes);
  for (const name of spec.required ?? []) {
    if (!printed.has(name)) problems.push({ sv: `måste innehålla {${name}}`, en: `must contain {${name}}` });
  }
  return problems;
}
