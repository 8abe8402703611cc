import { checkPhrase } from '../phrase/checkPhrase';
import type { PhraseProblem } from '../phrase/phraseSyntax';
import type { ProtocolTemplate } from './protocolTemplateSchema';
import { headerValues, proposalViewShape, type SentenceKey, sentenceSpecs } from './sentenceSpecs';

/** A template problem at a path, in Swedish and English (what `template:check` prints). */
export interface TemplateProblem {
  path: (string | number)[];
  sv: string;
  en: string;
}

/**
 * The checks of version-2 fields that their shape alone cannot express: every pattern against what it may say,
 * known sentence keys and variants, reference defaults that exist, regular expressions that compile.
 */
export function findVersion2Problems(template: ProtocolTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const add = (path: (string | number)[], found: PhraseProblem[]) => {
    for (const problem of found) problems.push({ path, ...problem });
  };

  template.header?.lines.forEach((line, index) => {
    add(['header', 'lines', index, 'pattern'], checkPhrase(line.pattern, { values: headerValues }));
  });
  for (const part of ['pageHeader', 'pageFooter'] as const) {
    template.header?.[part].forEach((line, index) => {
      add(['header', part, index], checkPhrase(line, { values: headerValues }));
    });
  }

  for (const [form, pattern] of Object.entries(template.references ?? {})) {
    add(['references', form], checkPhrase(pattern, { values: proposalViewShape }));
  }
  for (const [context, form] of Object.entries(template.referenceDefaults ?? {})) {
    if (form !== undefined && !(form in (template.references ?? {}))) {
      problems.push({
        path: ['referenceDefaults', context],
        sv: `hänvisningsformen "${form}" finns inte i "references"`,
        en: `the reference form "${form}" is not defined in "references"`,
      });
    }
  }

  for (const [key, pattern] of Object.entries(template.sentences ?? {})) {
    const base = key.split('/')[0] as SentenceKey;
    const spec = sentenceSpecs[base];
    if (!spec || key.split('/').length > 2) {
      problems.push({
        path: ['sentences', key],
        sv: `okänd mening "${key}" (kända: ${Object.keys(sentenceSpecs).join(', ')})`,
        en: `unknown sentence "${key}" (known: ${Object.keys(sentenceSpecs).join(', ')})`,
      });
      continue;
    }
    add(['sentences', key], checkPhrase(pattern, spec));
  }

  const organisation = template.organisation;
  for (const field of ['caseNumberPattern', 'protocolNumberPattern'] as const) {
    const source = organisation?.[field];
    if (source === undefined) continue;
    try {
      new RegExp(source, 'u');
    } catch {
      problems.push({
        path: ['organisation', field],
        sv: `"${source}" är inget giltigt reguljärt uttryck`,
        en: `"${source}" is not a valid regular expression`,
      });
    }
  }
  const abbreviations = (organisation?.parties ?? []).map((party) => party.abbreviation);
  for (const duplicate of new Set(abbreviations.filter((value, index) => abbreviations.indexOf(value) !== index))) {
    problems.push({
      path: ['organisation', 'parties'],
      sv: `partiet "${duplicate}" finns två gånger`,
      en: `the party "${duplicate}" is listed twice`,
    });
  }
  return problems;
}
