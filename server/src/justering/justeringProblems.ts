import type { ProtocolParagraph } from '@yttra/domain';

/**
 * Why the paragraph cannot be justered yet, in Swedish for the secretary and the signatories; empty when it can.
 * A justered paragraph is a public record: it must carry its numbers (or it prints "§ 0"), and every tabled
 * proposal must have its outcome, or the protocol does not say what the board decided (kommunallagen 5 kap. 67 §).
 */
export function justeringProblems(paragraph: ProtocolParagraph): string[] {
  const problems: string[] = [];
  const { header, blocks } = paragraph;
  if (header.protocolNumber.trim() === '') problems.push('Protokollnumret saknas.');
  if (!(header.paragraphNumber > 0)) problems.push('Paragrafnumret saknas.');
  if (header.meetingDate.trim() === '') problems.push('Sammanträdesdatumet saknas.');
  const proposals = blocks.filter((block) => block.type === 'proposal').length;
  const outcome = blocks.some((block) => block.type === 'decisionProcedure');
  if (proposals > 0 && !outcome) {
    problems.push(
      proposals === 1
        ? 'Det finns ett förslag till beslut men inget utfall är registrerat (beslutsgång).'
        : `Det finns ${proposals} förslag till beslut men inget utfall är registrerat (beslutsgång).`,
    );
  }
  return problems;
}
