import type { DecisionProcedureBlock, ProposalBlock } from '../model/paragraphBlockSchema';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { proposalReference } from './proposalReference';

/** "Ordföranden ställde förslagen mot varandra och fann att nämnden ställde sig bakom förslaget från …" */
export function procedureSentence(
  procedure: DecisionProcedureBlock,
  proposals: readonly ProposalBlock[],
  template: ProtocolTemplate,
): string {
  return fillPattern(template.phrases.decisionProcedure, {
    winningProposal: proposalReference(procedure.winningProposal, proposals, template),
  });
}
