import { z } from 'zod';
import { contentKinds } from '../model/contentKinds';
import { quotationMarksSchema } from '../model/quotationMarksSchema';
import { findTemplateProblems } from './findTemplateProblems';
import { findVersion2Problems } from './findVersion2Problems';
import { type PhraseKey, phraseKeys } from './phrasePlaceholders';
import { templateVersion2Shape } from './templateVersion2Schema';

const phrasesSchema = z.object(
  Object.fromEntries(phraseKeys.map((key) => [key, z.string()])) as Record<PhraseKey, z.ZodString>,
);

export const templateSectionSchema = z.object({
  /** Stable id, handed to exporters with each heading (for styles and anchors). */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'Avsnittets id får bara innehålla bokstäver, siffror, _ och -.'),
  heading: z.string().trim().min(1, 'Avsnittet saknar rubrik.'),
  /** The heading over a run of more than one block ("Reservationer"); version 2. */
  headingPlural: z.string().trim().min(1, 'Avsnittets rubrik i plural är tom.').optional(),
  /** What the section holds, printed in this order; each kind belongs to exactly one section. */
  contents: z.array(z.enum(contentKinds)).min(1, 'Avsnittet måste innehålla något.'),
  /** Repeat the heading before every block ("Särskilt uttalande" per statement) instead of once per section. */
  headingPerBlock: z.boolean().default(false),
});

/**
 * A municipality's protocol conventions as data: section headings and order, and every generated phrase as a
 * pattern with `{placeholders}`. Validated on load, so a typo in a placeholder fails there, not in a meeting.
 */
export const protocolTemplateSchema = z
  .object({
    /** Where editors find the JSON Schema of this file; ignored otherwise. */
    $schema: z.string().optional(),
    name: z.string().trim().min(1, 'Mallen saknar namn.'),
    sections: z.array(templateSectionSchema).min(1, 'Mallen saknar avsnitt.'),
    phrases: phrasesSchema,
    /** Quoted text (a proposal under a reservation, a statement) opens and closes with these. */
    quotationMarks: quotationMarksSchema,
    ...templateVersion2Shape,
  })
  .superRefine((template, context) => {
    // Problems carry their English wording along, for the template check's bilingual report.
    for (const problem of [...findTemplateProblems(template), ...findVersion2Problems(template)]) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.sv, params: { en: problem.en } });
    }
  });

export type TemplateSection = z.infer<typeof templateSectionSchema>;
export type TemplatePhrases = z.infer<typeof phrasesSchema>;
export type ProtocolTemplate = z.infer<typeof protocolTemplateSchema>;
/** A template as stored or written by hand, before defaults are filled in. */
export type ProtocolTemplateInput = z.input<typeof protocolTemplateSchema>;
