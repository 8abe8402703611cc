import { z } from 'zod';
import { decisionTextSchema } from './decisionTextSchema';
import { findParagraphProblems } from './findParagraphProblems';
import { paragraphBlockSchema } from './paragraphBlockSchema';
import { paragraphHeaderSchema } from './paragraphHeaderSchema';

/**
 * One protocol paragraph (§). Blocks are kept as an ordered list, the way the editor holds them; the template,
 * not the list order, decides in which section and order they are printed.
 */
export const protocolParagraphSchema = z
  .object({
    header: paragraphHeaderSchema,
    /** What the administration proposed (förvaltningens förslag till beslut); quoted when someone reserves for it. */
    administrationProposal: decisionTextSchema.optional(),
    blocks: z.array(paragraphBlockSchema),
  })
  .superRefine((paragraph, context) => {
    for (const message of findParagraphProblems(paragraph)) context.addIssue({ code: 'custom', message });
  });

export type ProtocolParagraph = z.infer<typeof protocolParagraphSchema>;
