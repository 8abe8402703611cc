import type { ProposalBlock } from '../model/paragraphBlockSchema';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { proposerValues } from './proposerValues';

/** "{proposers} lade fram ett förslag …" or "{proposers} föreslog att nämnden skulle besluta enligt förvaltningens förslag." */
export function proposalSentence(proposal: ProposalBlock, template: ProtocolTemplate): string {
  const pattern = proposal.kind === 'own' ? template.phrases.proposalOwn : template.phrases.proposalAdministration;
  return fillPattern(pattern, proposerValues(proposal.proposers, template.phrases));
}
