import { renderParagraph } from '../render/renderParagraph';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { collectMentions } from './collectMentions';
import { contentKindOf } from './contentKindOf';
import { findParagraphProblems } from './findParagraphProblems';
import { CASE_NUMBER_PATTERN } from './parseCaseNumber';
import type { ProtocolParagraph } from './protocolParagraphSchema';

const PROTOCOL_NUMBER_PER_YEAR = /^[1-9]\d*\/\d{4}$/;

/**
 * Whether a paragraph can be printed by a template, in Swedish: numbers written the organisation's way, parties in
 * its list, every block in a section, every reference form defined. Finally the paragraph is rendered, so a
 * paragraph without problems here exports.
 */
export function findTemplateFitProblems(paragraph: ProtocolParagraph, template: ProtocolTemplate): string[] {
  const organisation = template.organisation;
  const problems = findParagraphProblems(paragraph, organisation?.parties);
  const { header } = paragraph;

  const casePattern = organisation?.caseNumberPattern
    ? new RegExp(organisation.caseNumberPattern, 'u')
    : CASE_NUMBER_PATTERN;
  if (!casePattern.test(header.caseNumber)) {
    const example = organisation?.caseNumberExample ?? (organisation?.caseNumberPattern ? undefined : 'HL 2019/310');
    problems.push(
      `Diarienumret "${header.caseNumber}" är inte skrivet som mallen kräver${example ? `, t.ex. ${example}` : ''}.`,
    );
  }
  const protocolPattern = organisation?.protocolNumberPattern
    ? new RegExp(organisation.protocolNumberPattern, 'u')
    : PROTOCOL_NUMBER_PER_YEAR;
  if (!protocolPattern.test(header.protocolNumber)) {
    const example = organisation?.protocolNumberExample ?? (organisation?.protocolNumberPattern ? undefined : '8/2019');
    problems.push(
      `Protokollnumret "${header.protocolNumber}" är inte skrivet som mallen kräver${example ? `, t.ex. ${example}` : ''}.`,
    );
  }
  const printsMatterKind = template.header
    ? template.header.lines.some((line) => line.pattern.includes('matterKind'))
    : true;
  if (printsMatterKind && header.matterKind === undefined) problems.push('Ärendetypen saknas.');

  const placed = new Set(template.sections.flatMap((section) => section.contents));
  for (const block of paragraph.blocks) {
    const kind = contentKindOf(block);
    if (kind !== undefined && !placed.has(kind)) {
      problems.push(`Mallen "${template.name}" har inget avsnitt för innehållet "${kind}".`);
    }
    for (const { mention, where } of collectMentions(block)) {
      if (mention.form !== undefined && !(mention.form in (template.references ?? {}))) {
        problems.push(`${where} använder hänvisningsformen "${mention.form}", som mallen inte har.`);
      }
    }
  }
  const known = organisation?.parties?.map((party) => party.abbreviation);
  if (known) {
    const named = paragraph.blocks.flatMap((block) => {
      if (block.type === 'writtenProposal') return block.parties;
      if (block.type === 'protocolNote') return block.authorParties;
      if (block.type === 'motion')
        return block.items.flatMap(({ item }) => (item.type === 'announceNonParticipation' ? item.parties : []));
      return [];
    });
    for (const party of new Set(named.filter((abbreviation) => !known.includes(abbreviation)))) {
      problems.push(`Partiet "${party}" finns inte i nämndens partilista.`);
    }
  }
  if (problems.length > 0) return [...new Set(problems)];
  try {
    renderParagraph(paragraph, template);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}
