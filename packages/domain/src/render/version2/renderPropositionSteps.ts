import type { PropositionsBlock } from '../../model/procedureBlockSchemas';
import { joinSwedishList } from '../../phrasing/joinSwedishList';
import type { SentenceKey } from '../../template/sentenceSpecs';
import type { SentenceContext } from './sentenceContext';

const STEP_SENTENCES = {
  approveOrReject: 'stepApproveOrReject',
  referralOrDecision: 'stepReferralOrDecision',
  betweenProposals: 'stepBetweenProposals',
  adopted: 'stepAdopted',
  mainVoteYes: 'stepMainVoteYes',
  counterProposal: 'stepCounterProposal',
} as const satisfies Record<PropositionsBlock['steps'][number]['step']['type'], SentenceKey>;

/** The order of propositions: one sentence per step, "Omröstning begärs." after the steps that led to a vote. */
export function renderPropositionSteps(block: PropositionsBlock, context: SentenceContext): string[] {
  const { template, paragraph } = context;
  return block.steps.map(({ step, sequence, voteRequested, wording }) => {
    const key = STEP_SENTENCES[step.type];
    const pattern = template.sentences?.[wording === undefined ? key : `${key}/${wording}`] ?? '';
    const mention = (target: Parameters<SentenceContext['mention']>[0]) => context.mention(target, 'step');
    const values = {
      board: paragraph.header.board,
      // Only a sentence that names the chair counts as naming them, so the value is made only when it is used.
      chair: /\{[?!]?chair[|}]/.test(pattern) ? context.chair() : '',
      sequence:
        sequence === 'first'
          ? context.required('sequenceFirst', {})
          : sequence === 'then'
            ? context.required('sequenceThen', {})
            : '',
      ...(step.type === 'approveOrReject' ? { target: mention(step.target), approved: step.approved } : {}),
      ...(step.type === 'referralOrDecision'
        ? { referral: step.referral ? mention(step.referral) : '', referred: step.referred }
        : {}),
      ...(step.type === 'betweenProposals'
        ? {
            remaining: step.remaining,
            except: joinSwedishList(step.except.map(mention)),
            winner: mention(step.winner),
          }
        : {}),
      ...(step.type === 'adopted' || step.type === 'mainVoteYes' ? { target: mention(step.target) } : {}),
      ...(step.type === 'counterProposal' ? { winner: mention(step.winner) } : {}),
    };
    const text = context.required(key, values, wording);
    const request = voteRequested ? context.required('voteRequested', {}) : '';
    return request === '' ? text : `${text} ${request}`;
  });
}
