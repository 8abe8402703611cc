import { z } from 'zod';
import { isIsoDate } from './isIsoDate';
import { partyAbbreviationSchema } from './partySchema';
import { personSchema } from './personSchema';
import { proposalMentionSchema } from './proposalReferenceSchema';

const isoDate = (message: string) => z.string().refine(isIsoDate, message);
const conjunction = z.enum(['och', 'samt']);
/** Overrides the heading's number for this run of blocks; by default it follows the number of blocks. */
const headingNumber = z.enum(['singular', 'plural']).optional();

/**
 * A written proposal tabled before the meeting (yrkande, återremissyrkande, tilläggsyrkande): its parties and date,
 * or a name of its own ("utredningsförslaget"). Printed only where it is mentioned.
 */
export const writtenProposalBlockSchema = z
  .object({
    type: z.literal('writtenProposal'),
    id: z.string().trim().min(1, 'Yrkandet saknar id.'),
    /** 'decision': a proposal for the decision; 'referral': to send the matter back; 'addition': an addition to another. */
    kind: z.enum(['decision', 'referral', 'addition']),
    parties: z.array(partyAbbreviationSchema),
    date: isoDate('Yrkandets datum ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD.').optional(),
    /** How the protocol names a proposal that has no parties, e.g. 'utredningsförslaget'. */
    name: z.string().trim().min(1).optional(),
  })
  .refine((proposal) => proposal.name !== undefined || proposal.parties.length > 0, {
    message: 'Yrkandet behöver partier eller ett eget namn.',
    path: ['parties'],
  });

/** One thing a member moves: approval or rejection of proposals, referral back, deciding today, a notice. */
export const motionItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('approve'), targets: z.array(proposalMentionSchema).min(1, 'Bifall till vad?') }),
  z.object({ type: z.literal('reject'), targets: z.array(proposalMentionSchema).min(1, 'Avslag på vad?') }),
  z.object({ type: z.literal('rejectOthers') }),
  z.object({ type: z.literal('refer'), target: proposalMentionSchema }),
  z.object({ type: z.literal('decideToday') }),
  z.object({ type: z.literal('announceNonParticipation'), parties: z.array(partyAbbreviationSchema).min(1) }),
]);

/** Who moved what at the meeting (yrkar …): one sentence per motion, in the order they were made. */
export const motionBlockSchema = z.object({
  type: z.literal('motion'),
  id: z.string().trim().min(1, 'Yrkandet saknar id.'),
  movers: z.array(personSchema).min(1, 'Yrkandet måste ha minst en som yrkar.'),
  items: z
    .array(
      z.object({
        item: motionItemSchema,
        /** How this item joins the previous one; by default 'och'. */
        conjunction: conjunction.optional(),
      }),
    )
    .min(1, 'Yrkandet måste yrka något.'),
  heading: headingNumber,
});

const sequence = z.enum(['first', 'then']).optional();

/** One step of the chair's order of propositions (propositionsordning). */
export const propositionStepSchema = z.discriminatedUnion('type', [
  /** "… ställer propositioner på bifall respektive avslag på {target} och finner att det bifallits/avslagits." */
  z.object({ type: z.literal('approveOrReject'), target: proposalMentionSchema, approved: z.boolean() }),
  /** "… ställer propositioner på dels ärendets återremiss och dels ärendets avgörande idag och finner att …" */
  z.object({
    type: z.literal('referralOrDecision'),
    /** Named when several referral motions were made. */
    referral: proposalMentionSchema.optional(),
    referred: z.boolean(),
  }),
  /** "… ställer propositioner på yrkandena [med undantag av …] och finner att {winner} bifallits." */
  z.object({
    type: z.literal('betweenProposals'),
    /** 'remaining': the proposals left after an earlier step (återstående yrkanden). */
    remaining: z.boolean().default(false),
    except: z.array(proposalMentionSchema).default([]),
    winner: proposalMentionSchema,
  }),
  /** "{board} beslutar att bifalla {target}." — decided without propositions. */
  z.object({ type: z.literal('adopted'), target: proposalMentionSchema }),
  /** Counter-proposal procedure: "Ordföranden antecknar {target} som Ja-proposition i huvudvoteringen." */
  z.object({ type: z.literal('mainVoteYes'), target: proposalMentionSchema }),
  /** "… finner att {winner} antagits som motförslag i huvudvoteringen." */
  z.object({ type: z.literal('counterProposal'), winner: proposalMentionSchema }),
]);

export const propositionsBlockSchema = z.object({
  type: z.literal('propositions'),
  steps: z
    .array(
      z.object({
        step: propositionStepSchema,
        /** "först" / "härefter"; left out, no word. */
        sequence,
        /** "Omröstning begärs." after the step. */
        voteRequested: z.boolean().default(false),
        /** A named alternative wording the template offers for this kind of step. */
        wording: z
          .string()
          .regex(/^[A-Za-z][A-Za-z0-9]*$/)
          .optional(),
      }),
    )
    .min(1, 'Propositionsordningen saknar steg.'),
  heading: headingNumber,
});

/** What the vote put Ja and Nej on. */
export const votePropositionSchema = z.discriminatedUnion('type', [
  /** Ja för bifall till X och Nej för bifall till Y. */
  z.object({ type: z.literal('betweenProposals'), yes: proposalMentionSchema, no: proposalMentionSchema }),
  /** Ja för avslag och Nej för bifall till X (yesApproves false), or Ja för bifall och Nej för avslag på X. */
  z.object({ type: z.literal('approveOrReject'), target: proposalMentionSchema, yesApproves: z.boolean() }),
  /** Ja för ärendets återremiss och Nej för ärendets avgörande idag (or the other way round). */
  z.object({ type: z.literal('referralOrDecision'), yesRefers: z.boolean() }),
]);

const listConjunctions = z
  .object({ yes: conjunction.optional(), no: conjunction.optional(), abstained: conjunction.optional() })
  .optional();

/** One vote (omröstning, or the main vote of a counter-proposal procedure), with named lists. */
export const voteRoundBlockSchema = z.object({
  type: z.literal('voteRound'),
  /** The main vote (huvudvotering) of a counter-proposal procedure; printed under its own heading. */
  main: z.boolean().default(false),
  proposition: votePropositionSchema,
  yes: z.array(personSchema),
  no: z.array(personSchema),
  abstained: z.array(personSchema),
  /** Left out, the counts are the lengths of the named lists. */
  counts: z
    .object({
      yes: z.number().int().nonnegative(),
      no: z.number().int().nonnegative(),
      abstained: z.number().int().nonnegative(),
    })
    .optional(),
  /** The final conjunction of a list; by default 'samt' when a role group inside the list already uses 'och'. */
  conjunctions: listConjunctions,
  heading: headingNumber,
});

/** A protocol note (protokollsanteckning): its own text, a dated document entered by reference, or non-participation. */
export const protocolNoteBlockSchema = z
  .object({
    type: z.literal('protocolNote'),
    authors: z.array(personSchema),
    /** Notes made by a party group's representatives rather than named people. */
    authorParties: z.array(partyAbbreviationSchema).default([]),
    content: z.discriminatedUnion('type', [
      z.object({ type: z.literal('text'), paragraphs: z.array(z.string()).min(1, 'Anteckningen saknar text.') }),
      z.object({
        type: z.literal('documents'),
        dates: z.array(isoDate('Skrivelsens datum ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD.')).min(1),
      }),
      z.object({ type: z.literal('notParticipating'), regarding: proposalMentionSchema }),
    ]),
    heading: headingNumber,
  })
  .refine((note) => note.authors.length > 0 || note.authorParties.length > 0, {
    message: 'Anteckningen måste ha personer eller partier som står bakom den.',
    path: ['authors'],
  });

/** Earlier handling of the matter (tidigare behandling): each time it was tabled (bordlagt), with its §. */
export const earlierHandlingBlockSchema = z.object({
  type: z.literal('earlierHandling'),
  tablings: z
    .array(
      z.object({
        date: isoDate('Datumet ska vara ett giltigt datum skrivet ÅÅÅÅ-MM-DD.'),
        paragraphNumber: z
          .number({ error: 'Ange paragrafens nummer.' })
          .int('Paragrafnumret ska vara ett heltal.')
          .positive('Paragrafnumret ska vara större än noll.'),
      }),
    )
    .min(1, 'Tidigare behandling saknar tillfällen.'),
});

/** Who receives the protocol extract (protokollsutdrag skickas till), one line each. */
export const extractRecipientsBlockSchema = z.object({
  type: z.literal('extractRecipients'),
  recipients: z.array(z.string().trim().min(1, 'Mottagaren är tom.')).min(1, 'Mottagare saknas.'),
});

export type WrittenProposalBlock = z.infer<typeof writtenProposalBlockSchema>;
export type MotionItem = z.infer<typeof motionItemSchema>;
export type MotionBlock = z.infer<typeof motionBlockSchema>;
export type PropositionStep = z.infer<typeof propositionStepSchema>;
export type PropositionsBlock = z.infer<typeof propositionsBlockSchema>;
export type VoteProposition = z.infer<typeof votePropositionSchema>;
export type VoteRoundBlock = z.infer<typeof voteRoundBlockSchema>;
export type ProtocolNoteBlock = z.infer<typeof protocolNoteBlockSchema>;
export type EarlierHandlingBlock = z.infer<typeof earlierHandlingBlockSchema>;
export type ExtractRecipientsBlock = z.infer<typeof extractRecipientsBlockSchema>;
