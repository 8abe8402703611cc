import type { ProcedureBlockType } from '../nodes/ProcedureBlock';
import { newProposalId } from './newProposalId';

/** For a new protocol note: its own text, dated documents entered by reference, or non-participation. */
export type ProtocolNoteContentType = 'text' | 'documents' | 'notParticipating';

export interface EmptyProcedureOptions {
  /** For 'voteRound': the main vote of a counter-proposal procedure (huvudvotering). */
  main?: boolean;
  noteContent?: ProtocolNoteContentType;
}

/**
 * A new procedure block as the secretary's form starts it: the shape of the domain block with nothing chosen yet
 * (no movers, a proposal still to pick). It is not yet a valid block; the form shows what is missing beside each
 * field and the export leaves it out (with a problem) until it is filled in. Written proposals and motions get an
 * id of their own at once, so that other blocks can mention them.
 */
export function emptyProcedureBlock(type: ProcedureBlockType, options: EmptyProcedureOptions = {}): unknown {
  switch (type) {
    case 'writtenProposal':
      return { type, id: newProposalId(), kind: 'decision', parties: [] };
    case 'motion':
      return { type, id: newProposalId(), movers: [], items: [{ item: { type: 'approve', targets: [{ to: '' }] } }] };
    case 'propositions':
      return {
        type,
        steps: [{ step: { type: 'betweenProposals', remaining: false, except: [], winner: { to: '' } } }],
      };
    case 'voteRound':
      return {
        type,
        main: options.main ?? false,
        proposition: { type: 'betweenProposals', yes: { to: '' }, no: { to: '' } },
        yes: [],
        no: [],
        abstained: [],
      };
    case 'protocolNote': {
      const content =
        options.noteContent === 'text'
          ? { type: 'text', paragraphs: [''] }
          : options.noteContent === 'notParticipating'
            ? { type: 'notParticipating', regarding: { to: '' } }
            : { type: 'documents', dates: [''] };
      return { type, authors: [], authorParties: [], content };
    }
    case 'earlierHandling':
      return { type, tablings: [{ date: '', paragraphNumber: null }] };
    case 'extractRecipients':
      return { type, recipients: [''] };
  }
}
