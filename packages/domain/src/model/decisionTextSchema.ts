import { z } from 'zod';
import { proposalMentionSchema } from './proposalReferenceSchema';

/**
 * The opening sentence of a decision, kept as fields so that the template phrases it and so that the same
 * proposal can be printed in the Beslut section and quoted again under a reservation.
 */
export const decisionSentenceSchema = z.discriminatedUnion('kind', [
  z.object({
    /** "{board} godkänner förvaltningens tjänsteutlåtande och överlämnar det till {recipient} som svar på remissen" */
    kind: z.literal('approveReportAsReply'),
    /** The body that sent the remiss, e.g. 'kommunstyrelsen'. */
    recipient: z.string().trim().min(1, 'Mottagaren av remissvaret saknas.'),
    /** "… och därutöver anför följande": the board adds its own statement (the paragraphs and additions). */
    statesInAddition: z.boolean(),
  }),
  z.object({
    /** "Enligt {basis}:" — the decision opens with the proposal it follows (derived from the outcome). */
    kind: z.literal('according'),
    basis: proposalMentionSchema,
    /** "… med ändring enligt {amendedBy}": proposals that changed the one followed. */
    amendedBy: z.array(proposalMentionSchema).default([]),
  }),
  z.object({
    /** "{board} tillstyrker {basis} och föreslår att {to} beslutar:" — a recommendation to the council. */
    kind: z.literal('recommend'),
    basis: proposalMentionSchema,
    to: z.string().trim().min(1, 'Vem som ska besluta saknas.'),
  }),
  z.object({
    /** Decisions that do not follow the standard remiss pattern are written out in full. */
    kind: z.literal('freeText'),
    text: z.string().trim().min(1, 'Beslutsmeningen är tom.'),
  }),
]);

/** A complete proposed or adopted decision: sentence, introduction and numbered additions (tillägg). */
export const decisionTextSchema = z.object({
  sentence: decisionSentenceSchema.optional(),
  paragraphs: z.array(z.string()),
  additions: z.array(z.string()),
  /** Unnumbered items (a bulleted list), printed after the paragraphs. */
  bullets: z.array(z.string()).optional(),
});

export type DecisionSentence = z.infer<typeof decisionSentenceSchema>;
export type DecisionText = z.infer<typeof decisionTextSchema>;
