import type {
  EarlierHandlingBlock,
  ExtractRecipientsBlock,
  MotionBlock,
  PropositionsBlock,
  ProtocolNoteBlock,
  VoteRoundBlock,
  WrittenProposalBlock,
} from '@yttra/domain';
import { EarlierHandlingForm } from './EarlierHandlingForm';
import { ExtractRecipientsForm } from './ExtractRecipientsForm';
import { MotionForm } from './MotionForm';
import { PropositionsForm } from './PropositionsForm';
import { ProtocolNoteForm } from './ProtocolNoteForm';
import type { ProcedureFormProps } from './procedureFormProps';
import { VoteRoundForm } from './VoteRoundForm';
import { WrittenProposalForm } from './WrittenProposalForm';

/**
 * The form of a procedure block by its type. The block is the domain block itself (as the versioned JSON format
 * writes it), possibly still incomplete: the forms write its fields and nothing else, so the sentences under the
 * form and the export are printed from exactly what the form shows.
 */
export function ProcedureForm({ block, set, problems }: ProcedureFormProps<{ type?: unknown }>) {
  const props = { set, problems };
  switch (block.type) {
    case 'writtenProposal':
      return <WrittenProposalForm block={block as WrittenProposalBlock} {...props} />;
    case 'motion':
      return <MotionForm block={block as MotionBlock} {...props} />;
    case 'propositions':
      return <PropositionsForm block={block as PropositionsBlock} {...props} />;
    case 'voteRound':
      return <VoteRoundForm block={block as VoteRoundBlock} {...props} />;
    case 'protocolNote':
      return <ProtocolNoteForm block={block as ProtocolNoteBlock} {...props} />;
    case 'earlierHandling':
      return <EarlierHandlingForm block={block as EarlierHandlingBlock} {...props} />;
    case 'extractRecipients':
      return <ExtractRecipientsForm block={block as ExtractRecipientsBlock} {...props} />;
    default:
      return <p className="field-hint">Blocket kan inte redigeras här.</p>;
  }
}
