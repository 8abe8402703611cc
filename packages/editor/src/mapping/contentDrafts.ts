import type {
  AttachmentRow,
  DecisionSentence,
  ParagraphBlock,
  Person,
  ProposalBlock,
  StatementBlock,
} from '@yttra/domain';

/**
 * What the walk over a document collects, before references between blocks are checked. Drafts keep what the
 * editor allows but the domain does not (an empty reference, a count still to be taken from its list).
 */
export interface DecisionDraft {
  sentence?: DecisionSentence;
  paragraphs: string[];
  additions: string[];
  bullets?: string[];
}

/** The procedure blocks of the versioned format, carried whole by procedureBlock nodes. */
export type ProcedureBlockDraft = Extract<
  ParagraphBlock,
  {
    type:
      | 'writtenProposal'
      | 'motion'
      | 'propositions'
      | 'voteRound'
      | 'protocolNote'
      | 'earlierHandling'
      | 'extractRecipients';
  }
>;

export interface ProposalDraft extends DecisionDraft {
  type: 'proposal';
  id: string;
  kind: ProposalBlock['kind'];
  proposers: Person[];
}

export interface VoteDraft {
  yesFor: string;
  noFor: string;
  yes: Person[];
  no: Person[];
  abstained: Person[];
  counts: { yes: number | null; no: number | null; abstained: number | null };
}

export interface ProcedureDraft {
  type: 'decisionProcedure';
  winningProposal: string;
  vote?: VoteDraft;
}

export interface ReservationDraft {
  type: 'reservation';
  reservants: Person[];
  inFavourOf: string;
  quoted: string[];
  heading?: 'singular' | 'plural';
}

export type BlockDraft =
  | ProposalDraft
  | { type: 'proposalsClosing' }
  | ProcedureDraft
  | ReservationDraft
  | StatementBlock
  | ProcedureBlockDraft
  /** Where the first attachment list stood, for templates that keep the document's order. */
  | { type: 'attachmentsPlace' };

export interface ContentDrafts {
  decision: DecisionDraft;
  /** Paragraphs of the section that holds the summary. */
  summary: string[];
  /** Paragraphs in no section, or in a section the template does not have: appended to the summary. */
  stray: string[];
  /** Paragraphs written directly in a template section holding neither decision nor summary, by section id. */
  sectionProse: Map<string, string[]>;
  /** Blocks in document order. */
  blocks: BlockDraft[];
  /** Rows of every attachment list (and of rows standing outside one), in document order. */
  rows: AttachmentRow[];
}
