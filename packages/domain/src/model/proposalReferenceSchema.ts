import { z } from 'zod';

/**
 * A mention of a proposal in a sentence: which one (a written proposal's or a motion's id, or 'administration' for the
 * administration's proposal) and, optionally, how the protocol names it here: a form the template defines, such as
 * "document" (yrkande från V, S och MP den 22 november 2024), "definite" (återremissyrkandet från S, V och MP),
 * "mover" (Jenny Bromans yrkande). Left out, each sentence uses its template's default form.
 */
export const proposalMentionSchema = z.object({
  to: z.string().trim().min(1, 'Hänvisningen till ett förslag är tom.'),
  form: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'Hänvisningens form ska vara ett namn ur mallens "references".')
    .optional(),
});

export type ProposalMention = z.infer<typeof proposalMentionSchema>;
