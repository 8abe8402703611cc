import type { ParagraphBlock } from './paragraphBlockSchema';
import type { ProposalMention } from './proposalReferenceSchema';

/** Every proposal mention of a block with where it stands, for checks of ids and reference forms. */
export function collectMentions(block: ParagraphBlock): { mention: ProposalMention; where: string }[] {
  switch (block.type) {
    case 'decision':
      if (block.sentence?.kind === 'according') {
        return [block.sentence.basis, ...block.sentence.amendedBy].map((mention) => ({ mention, where: 'Beslutet' }));
      }
      return block.sentence?.kind === 'recommend' ? [{ mention: block.sentence.basis, where: 'Beslutet' }] : [];
    case 'motion':
      return block.items.flatMap(({ item }) => {
        const where = `Yrkandet "${block.id}"`;
        if (item.type === 'approve' || item.type === 'reject')
          return item.targets.map((mention) => ({ mention, where }));
        return item.type === 'refer' ? [{ mention: item.target, where }] : [];
      });
    case 'propositions':
      return block.steps.flatMap(({ step }) => {
        const where = 'Propositionsordningen';
        switch (step.type) {
          case 'approveOrReject':
          case 'adopted':
          case 'mainVoteYes':
            return [{ mention: step.target, where }];
          case 'referralOrDecision':
            return step.referral ? [{ mention: step.referral, where }] : [];
          case 'betweenProposals':
            return [...step.except, step.winner].map((mention) => ({ mention, where }));
          default:
            return [{ mention: step.winner, where }];
        }
      });
    case 'voteRound': {
      const { proposition } = block;
      const where = 'Omröstningen';
      if (proposition.type === 'betweenProposals') {
        return [proposition.yes, proposition.no].map((mention) => ({ mention, where }));
      }
      return proposition.type === 'approveOrReject' ? [{ mention: proposition.target, where }] : [];
    }
    case 'protocolNote':
      return block.content.type === 'notParticipating'
        ? [{ mention: block.content.regarding, where: 'Protokollsanteckningen' }]
        : [];
    default:
      return [];
  }
}
