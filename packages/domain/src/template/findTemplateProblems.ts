import { type ContentKind, contentKindsVersion1 } from '../model/contentKinds';
import { findPlaceholders, PLACEHOLDER } from './findPlaceholders';
import type { TemplateProblem } from './findVersion2Problems';
import { phraseKeys, phrasePlaceholders } from './phrasePlaceholders';
import type { ProtocolTemplate } from './protocolTemplateSchema';

/**
 * Everything about a template that its shape alone does not guarantee: placeholders that the renderer does not
 * supply or that a phrase may not drop, stray braces, and content that would be printed twice or silently lost.
 * Each problem has its path and a Swedish and an English wording.
 */
export function findTemplateProblems(
  template: Pick<ProtocolTemplate, 'sections' | 'phrases' | 'version'>,
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];

  for (const key of phraseKeys) {
    const pattern = template.phrases[key];
    const { allowed, required } = phrasePlaceholders[key];
    const used = findPlaceholders(pattern);
    const path = ['phrases', key];
    for (const name of used) {
      if (!(allowed as readonly string[]).includes(name)) {
        const options = allowed.map((option) => `{${option}}`).join(', ');
        problems.push({
          path,
          sv: `Frasen "${key}" använder den okända platshållaren {${name}} (tillåtna: ${options || 'inga'}).`,
          en: `The phrase "${key}" uses the unknown placeholder {${name}} (allowed: ${options || 'none'}).`,
        });
      }
    }
    // An empty vote result means the organisation does not write one; every other phrase states a required fact.
    const optional = key === 'voteResult' && pattern === '';
    for (const name of optional ? [] : required) {
      if (!used.includes(name)) {
        problems.push({
          path,
          sv: `Frasen "${key}" måste innehålla platshållaren {${name}}.`,
          en: `The phrase "${key}" must contain the placeholder {${name}}.`,
        });
      }
    }
    if (/[{}]/.test(pattern.replace(PLACEHOLDER, ''))) {
      problems.push({
        path,
        sv: `Frasen "${key}" innehåller en klammerparentes som inte hör till någon platshållare.`,
        en: `The phrase "${key}" contains a brace that belongs to no placeholder.`,
      });
    }
  }

  const sectionIds = new Set<string>();
  const sectionByKind = new Map<ContentKind, string>();
  template.sections.forEach((section, index) => {
    if (sectionIds.has(section.id)) {
      problems.push({
        path: ['sections', index, 'id'],
        sv: `Två avsnitt har samma id "${section.id}".`,
        en: `Two sections have the same id "${section.id}".`,
      });
    }
    sectionIds.add(section.id);
    for (const kind of section.contents) {
      const earlier = sectionByKind.get(kind);
      if (earlier !== undefined) {
        problems.push({
          path: ['sections', index, 'contents'],
          sv: `Innehållet "${kind}" finns i både avsnittet "${earlier}" och "${section.id}".`,
          en: `The content "${kind}" is in both the section "${earlier}" and "${section.id}".`,
        });
      }
      sectionByKind.set(kind, section.id);
    }
  });
  // Version 1 must place every kind it knew; a version-2 template places what its organisation writes, and a
  // paragraph with a block it cannot place is refused when checked against it.
  for (const kind of template.version === 2 ? [] : contentKindsVersion1) {
    if (!sectionByKind.has(kind)) {
      problems.push({
        path: ['sections'],
        sv: `Innehållet "${kind}" saknar avsnitt i mallen och skulle inte skrivas ut.`,
        en: `The content "${kind}" has no section in the template and would not be printed.`,
      });
    }
  }

  return problems;
}
