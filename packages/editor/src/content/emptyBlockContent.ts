import type { JSONContent } from '@tiptap/core';
import type { StatementKind } from '@yttra/domain';
import type { ProcedureBlockType } from '../nodes/ProcedureBlock';
import { type EmptyProcedureOptions, emptyProcedureBlock } from './emptyProcedureBlock';
import { newProposalId } from './newProposalId';
import { paragraphContent } from './paragraphContent';
import { personListContent } from './personListContent';
import type { ProtocolBlockKind } from './protocolBlockKinds';

export interface EmptyBlockOptions extends EmptyProcedureOptions {
  /** For 'procedureBlock': which block of the versioned format (by default a motion). */
  procedure?: ProcedureBlockType;
  /** For 'statement': särskilt uttalande (the default), protokollsanteckning or ersättaryttrande. */
  statementKind?: StatementKind;
  /** For 'proposal': own text (the default) or the administration's proposal. */
  proposalKind?: 'own' | 'administration';
}

/**
 * A new block as the schema wants it, with nothing filled in: every required child present (an empty person list,
 * one empty addition, one empty row), so that the block is valid at once and its node view has places to edit.
 */
export function emptyBlockContent(kind: ProtocolBlockKind, options: EmptyBlockOptions = {}): JSONContent {
  switch (kind) {
    case 'decisionSentence':
      return { type: 'decisionSentence', attrs: { kind: 'approveReportAsReply', statesInAddition: false, text: '' } };
    case 'numberedAdditions':
      return { type: 'numberedAdditions', content: [{ type: 'additionItem', content: [paragraphContent()] }] };
    case 'proposal': {
      const proposalKind = options.proposalKind ?? 'own';
      // An own proposal gets a paragraph to write its text in; the administration's has no text of its own.
      return {
        type: 'proposal',
        attrs: { proposalId: newProposalId(), kind: proposalKind },
        content: [personListContent('proposers'), ...(proposalKind === 'own' ? [paragraphContent()] : [])],
      };
    }
    case 'proposalsClosing':
      return { type: 'proposalsClosing' };
    case 'decisionProcedure':
      return { type: 'decisionProcedure', attrs: { winningProposal: '' } };
    case 'vote':
      return {
        type: 'vote',
        attrs: { yesFor: '', noFor: '', countYes: null, countNo: null, countAbstained: null },
        content: [personListContent('yes'), personListContent('no'), personListContent('abstained')],
      };
    case 'reservation':
      return { type: 'reservation', attrs: { inFavourOf: '' }, content: [personListContent('reservants')] };
    case 'statement':
      return {
        type: 'statement',
        attrs: { kind: options.statementKind ?? 'sarskilt_uttalande' },
        content: [personListContent('authors'), paragraphContent()],
      };
    case 'attachmentList':
      return {
        type: 'attachmentList',
        content: [{ type: 'attachmentRow', attrs: { documentNumber: '', status: '' } }],
      };
    case 'procedureBlock':
      return {
        type: 'procedureBlock',
        attrs: { block: JSON.stringify(emptyProcedureBlock(options.procedure ?? 'motion', options)) },
      };
  }
}
