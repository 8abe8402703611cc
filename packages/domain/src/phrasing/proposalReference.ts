import { ADMINISTRATION_PROPOSAL, type ProposalBlock } from '../model/paragraphBlockSchema';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { proposerValues } from './proposerValues';

/** How a sentence names a proposal: "förvaltningens förslag" or "förslaget från (L), (M), (MP) och (C)". */
export function proposalReference(
  reference: string,
  proposals: readonly ProposalBlock[],
  template: ProtocolTemplate,
): string {
  if (reference === ADMINISTRATION_PROPOSAL) return template.phrases.administrationProposalReference;
  const proposal = proposals.find((candidate) => candidate.id === reference);
  if (!proposal) throw new Error(`Förslaget "${reference}" finns inte i paragrafen.`);
  return fillPattern(template.phrases.partyProposalReference, proposerValues(proposal.proposers, template.phrases));
}
