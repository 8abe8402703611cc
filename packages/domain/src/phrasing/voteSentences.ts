import type { DecisionProcedureBlock, ProposalBlock, Vote } from '../model/paragraphBlockSchema';
import type { Person } from '../model/personSchema';
import { fillPattern } from '../template/fillPattern';
import type { ProtocolTemplate } from '../template/protocolTemplateSchema';
import { formatPersons } from './formatPersons';
import { proposalReference } from './proposalReference';

/**
 * A vote as the protocol records it: the proposition, the named lists that were taken (empty lists are left out,
 * since some boards record counts only), and the result. Serving substitutes are marked through their role.
 */
export function voteSentences(
  vote: Vote,
  winningProposal: DecisionProcedureBlock['winningProposal'],
  proposals: readonly ProposalBlock[],
  template: ProtocolTemplate,
): string[] {
  const { phrases } = template;
  const name = (reference: string) => proposalReference(reference, proposals, template);
  const namedList = (pattern: string, voters: readonly Person[], count: number) =>
    voters.length > 0 ? [fillPattern(pattern, { voters: formatPersons(voters, phrases), count })] : [];

  return [
    fillPattern(phrases.voteProposition, { yesProposal: name(vote.yesFor), noProposal: name(vote.noFor) }),
    ...namedList(phrases.voteYes, vote.yes, vote.counts.yes),
    ...namedList(phrases.voteNo, vote.no, vote.counts.no),
    ...namedList(phrases.voteAbstained, vote.abstained, vote.counts.abstained),
    ...(phrases.voteResult === ''
      ? []
      : [
          fillPattern(phrases.voteResult, {
            yesCount: vote.counts.yes,
            noCount: vote.counts.no,
            abstainedCount: vote.counts.abstained,
            winningProposal: name(winningProposal),
          }),
        ]),
  ];
}
