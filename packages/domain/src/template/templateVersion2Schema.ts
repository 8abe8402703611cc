import { z } from 'zod';
import { partySchema } from '../model/partySchema';
import { mentionContexts } from './sentenceSpecs';

const pattern = z.string();
const word = z.string().trim().min(1, 'Ordet är tomt.');

/** A header line: which header element it stands for (exporters style them), and its pattern. */
export const headerLineSchema = z.object({
  kind: z.enum(['paragraphNumber', 'title', 'matterKind', 'caseNumber']),
  pattern,
});

/**
 * The organisation a template serves: its parties (local ones too), the roles people hold in lists, how its case
 * numbers and protocol numbers are written, and how it names the administration's proposal.
 */
export const organisationSchema = z.object({
  /** e.g. 'Göteborgs Stad'; header patterns may print it as {organisation}. */
  name: z.string().trim().min(1).optional(),
  /** How sentences name the administration's proposal: "stadsledningskontorets förslag", "förvaltningens förslag". */
  administrationProposal: z.string().trim().min(1).optional(),
  /** A regular expression the whole case number must match, e.g. "^SLK-\\d{4}-\\d{5}$". */
  caseNumberPattern: z.string().min(1).optional(),
  caseNumberExample: z.string().optional(),
  protocolNumberPattern: z.string().min(1).optional(),
  protocolNumberExample: z.string().optional(),
  /** The organisation's party list; the editor offers exactly these, and paragraphs are checked against it. */
  parties: z.array(partySchema).optional(),
  /**
   * Roles by id, with the definite singular and plural that lists print: a run of people with the same role is
   * written once ("tjänstgörande ersättarna Nina Miskovsky (M) och Anneli Rhedin (M)").
   */
  roles: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.object({ singular: word, plural: word })).optional(),
});

/** The nouns for the three kinds of written proposal, indefinite and definite. */
const nounSchema = z.object({ indefinite: word, definite: word });

/** What version 2 adds to a template; every field is optional, so version-1 templates load unchanged. */
export const templateVersion2Shape = {
  /** 1 (the default): the original format. 2: the fields below are in use. */
  version: z.union([z.literal(1), z.literal(2)]).default(1),
  organisation: organisationSchema.optional(),
  /**
   * 'bySection' (version 1): sections in template order, each holding its kinds. 'documentOrder': blocks in the order
   * the secretary put them, each under its section's heading, printed again whenever the section changes.
   */
  layout: z.enum(['bySection', 'documentOrder']).default('bySection'),
  header: z
    .object({
      lines: z.array(headerLineSchema).min(1, 'Huvudet saknar rader.'),
      /** Running header and footer lines of paged exports (board, protocol, date …). */
      pageHeader: z.array(pattern).default([]),
      pageFooter: z.array(pattern).default([]),
    })
    .optional(),
  proposalKinds: z.object({ decision: nounSchema, referral: nounSchema, addition: nounSchema }).optional(),
  /** Named ways of mentioning a proposal, written over the proposal's fields (see proposalViewShape). */
  references: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), pattern).optional(),
  /** The reference form each kind of sentence uses when the paragraph does not choose one. */
  referenceDefaults: z.partialRecord(z.enum(mentionContexts), z.string()).optional(),
  /**
   * Version-2 sentences by key (see sentenceSpecs); `key/variant` adds an alternative wording that a paragraph may
   * choose for one step (e.g. "stepCounterProposal/passive").
   */
  sentences: z.record(z.string(), pattern).optional(),
};
