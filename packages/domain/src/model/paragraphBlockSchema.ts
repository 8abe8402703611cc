import { z } from 'zod';
import { decisionTextSchema } from './decisionTextSchema';
import { isIsoDate } from './isIsoDate';
import { personSchema } from './personSchema';
import {
  earlierHandlingBlockSchema,
  extractRecipientsBlockSchema,
  motionBlockSchema,
  propositionsBlockSchema,
  protocolNoteBlockSchema,
  voteRoundBlockSchema,
  writtenProposalBlockSchema,
} from './procedureBlockSchemas';

/** Reservations, votes and the beslutsgång point at a proposal by its id, or at the administration's proposal. */
export const ADMINISTRATION_PROPOSAL = 'administration';

const proposalReferenceSchema = z.string().trim().min(1, 'Hänvisningen till ett förslag är tom.');
const people = (emptyMessage: string) => z.array(personSchema).min(1, emptyMessage);

export const decisionBlockSchema = z.object({
  type: z.literal('decision'),
  ...decisionTextSchema.shape,
});

export const summaryBlockSchema = z.object({
  type: z.literal('summary'),
  paragraphs: z.array(z.string()),
  /**
   * Free prose written under another section's heading (the editor lets the secretary write under any heading):
   * printed in that section, after its blocks. Absent: the summary of the matter.
   */
  sectionId: z.string().min(1).optional(),
});

export const proposalBlockSchema = z.object({
  type: z.literal('proposal'),
  id: z.string().trim().min(1, 'Förslaget saknar id.'),
  proposers: people('Förslaget måste ha minst en förslagsställare.'),
  /** 'own': the group tabled its own text; 'administration': it moved the administration's proposal. */
  kind: z.enum(['own', 'administration']),
  /** The group's own text (empty for 'administration'); quoted under a reservation in its favour. */
  ...decisionTextSchema.shape,
});

export const proposalsClosingBlockSchema = z.object({ type: z.literal('proposalsClosing') });

export const voteSchema = z.object({
  /** The proposition: Ja for one proposal, Nej for the other. */
  yesFor: proposalReferenceSchema,
  noFor: proposalReferenceSchema,
  /** Named lists may stay empty when the protocol records only counts; serving substitutes carry a role. */
  yes: z.array(personSchema),
  no: z.array(personSchema),
  abstained: z.array(personSchema),
  counts: z.object({
    yes: z.number().int().nonnegative(),
    no: z.number().int().nonnegative(),
    abstained: z.number().int().nonnegative(),
  }),
});

export const decisionProcedureBlockSchema = z.object({
  type: z.literal('decisionProcedure'),
  /** The proposal the chair found the board supports. */
  winningProposal: proposalReferenceSchema,
  vote: voteSchema.optional(),
});

export const reservationBlockSchema = z.object({
  type: z.literal('reservation'),
  reservants: people('Reservationen måste ha minst en reservant.'),
  /** Proposal id or 'administration'; left out when the reservants reserve without a proposal of their own. */
  inFavourOf: proposalReferenceSchema.optional(),
  /** Written reasons; when left out, the quote is the favoured proposal, phrased from its structured fields. */
  quotedParagraphs: z.array(z.string()).optional(),
  /** Overrides the heading's number (Reservation / Reservationer) for the run this block stands in. */
  heading: z.enum(['singular', 'plural']).optional(),
});

export const statementKinds = ['sarskilt_uttalande', 'protokollsanteckning', 'ersattaryttrande'] as const;

export const statementBlockSchema = z.object({
  type: z.literal('statement'),
  kind: z.enum(statementKinds),
  authors: people('Uttalandet måste ha minst en författare.'),
  paragraphs: z.array(z.string()).min(1, 'Uttalandet saknar text.'),
});

export const attachmentRowSchema = z.object({
  /** e.g. 'HL 2019/310-1.1': the case number, a dash and a sub-number; some organisations list documents unnumbered. */
  documentNumber: z.string().trim().min(1, 'Handlingen saknar nummer.').optional(),
  /** e.g. 'Godkänd - R 1'; printed in parentheses. */
  status: z.string().trim().min(1).optional(),
  title: z.string().trim().min(1, 'Handlingen saknar rubrik.'),
  /** The document's date, and the date it was revised, for organisations that list documents by date. */
  date: z.string().refine(isIsoDate, 'Handlingens datum ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD.').optional(),
  revisedDate: z
    .string()
    .refine(isIsoDate, 'Revideringsdatumet ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD.')
    .optional(),
});

export const attachmentsBlockSchema = z.object({
  type: z.literal('attachments'),
  rows: z.array(attachmentRowSchema),
});

export const paragraphBlockSchema = z.discriminatedUnion('type', [
  decisionBlockSchema,
  summaryBlockSchema,
  proposalBlockSchema,
  proposalsClosingBlockSchema,
  decisionProcedureBlockSchema,
  reservationBlockSchema,
  statementBlockSchema,
  attachmentsBlockSchema,
  writtenProposalBlockSchema,
  motionBlockSchema,
  propositionsBlockSchema,
  voteRoundBlockSchema,
  protocolNoteBlockSchema,
  earlierHandlingBlockSchema,
  extractRecipientsBlockSchema,
]);

export type DecisionBlock = z.infer<typeof decisionBlockSchema>;
export type SummaryBlock = z.infer<typeof summaryBlockSchema>;
export type ProposalBlock = z.infer<typeof proposalBlockSchema>;
export type ProposalsClosingBlock = z.infer<typeof proposalsClosingBlockSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type DecisionProcedureBlock = z.infer<typeof decisionProcedureBlockSchema>;
export type ReservationBlock = z.infer<typeof reservationBlockSchema>;
export type StatementKind = (typeof statementKinds)[number];
export type StatementBlock = z.infer<typeof statementBlockSchema>;
export type AttachmentRow = z.infer<typeof attachmentRowSchema>;
export type AttachmentsBlock = z.infer<typeof attachmentsBlockSchema>;
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;
