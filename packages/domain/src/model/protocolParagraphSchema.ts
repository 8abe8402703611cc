import { z } from 'zod';
import { decisionTextSchema } from './decisionTextSchema';
import { findParagraphProblems } from './findParagraphProblems';
import { paragraphBlockSchema } from './paragraphBlockSchema';
import { paragraphHeaderFieldsSchema, paragraphHeaderSchema } from './paragraphHeaderSchema';
import { personSchema } from './personSchema';
import { quotationMarksSchema } from './quotationMarksSchema';

/**
 * One protocol paragraph (§). Blocks are kept as an ordered list, the way the editor holds them; the template,
 * not the list order, decides in which section and order they are printed.
 */
const paragraphShape = {
  header: paragraphHeaderSchema,
  /** What the administration proposed (förvaltningens förslag till beslut); quoted when someone reserves for it. */
  administrationProposal: decisionTextSchema.optional(),
  /** Who chaired the matter, with their role; sentences of the order of propositions name them. */
  chair: personSchema.optional(),
  /** This paragraph's own quotation marks (e.g. kept from a migrated protocol); by default the template's. */
  quotationMarks: quotationMarksSchema.optional(),
  blocks: z.array(paragraphBlockSchema),
};

export const protocolParagraphSchema = z.object(paragraphShape).superRefine((paragraph, context) => {
  for (const message of findParagraphProblems(paragraph)) context.addIssue({ code: 'custom', message });
});

/** The same paragraph with header numbers left to the organisation's template (the versioned JSON format). */
export const protocolParagraphFieldsSchema = z
  .object({ ...paragraphShape, header: paragraphHeaderFieldsSchema })
  .superRefine((paragraph, context) => {
    for (const message of findParagraphProblems(paragraph)) context.addIssue({ code: 'custom', message });
  });

export type ProtocolParagraph = z.infer<typeof protocolParagraphSchema>;
