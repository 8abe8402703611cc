import { type ContentKind, contentKindsVersion1 } from '../model/contentKinds';
import { findPlaceholders, PLACEHOLDER } from './findPlaceholders';
import { phraseKeys, phrasePlaceholders } from './phrasePlaceholders';
import type { ProtocolTemplate } from './protocolTemplateSchema';

/**
 * Everything about a template that its shape alone does not guarantee: placeholders that the renderer does not
 * supply or that a phrase may not drop, stray braces, and content that would be printed twice or silently lost.
 */
export function findTemplateProblems(template: Pick<ProtocolTemplate, 'sections' | 'phrases' | 'version'>): string[] {
  const problems: string[] = [];

  for (const key of phraseKeys) {
    const pattern = template.phrases[key];
    const { allowed, required } = phrasePlaceholders[key];
    const used = findPlaceholders(pattern);
    for (const name of used) {
      if (!(allowed as readonly string[]).includes(name)) {
        const options = allowed.length > 0 ? allowed.map((option) => `{${option}}`).join(', ') : 'inga';
        problems.push(`Frasen "${key}" använder den okända platshållaren {${name}} (tillåtna: ${options}).`);
      }
    }
    // An empty vote result means the organisation does not write one; every other phrase states a required fact.
    const optional = key === 'voteResult' && pattern === '';
    for (const name of optional ? [] : required) {
      if (!used.includes(name)) problems.push(`Frasen "${key}" måste innehålla platshållaren {${name}}.`);
    }
    if (/[{}]/.test(pattern.replace(PLACEHOLDER, ''))) {
      problems.push(`Frasen "${key}" innehåller en klammerparentes som inte hör till någon platshållare.`);
    }
  }

  const sectionIds = new Set<string>();
  const sectionByKind = new Map<ContentKind, string>();
  for (const section of template.sections) {
    if (sectionIds.has(section.id)) problems.push(`Två avsnitt har samma id "${section.id}".`);
    sectionIds.add(section.id);
    for (const kind of section.contents) {
      const earlier = sectionByKind.get(kind);
      if (earlier !== undefined) {
        problems.push(`Innehållet "${kind}" finns i både avsnittet "${earlier}" och "${section.id}".`);
      }
      sectionByKind.set(kind, section.id);
    }
  }
  // Version 1 must place every kind it knew; a version-2 template places what its organisation writes, and a
  // paragraph with a block it cannot place is refused when checked against it.
  for (const kind of template.version === 2 ? [] : contentKindsVersion1) {
    if (!sectionByKind.has(kind))
      problems.push(`Innehållet "${kind}" saknar avsnitt i mallen och skulle inte skrivas ut.`);
  }

  return problems;
}
