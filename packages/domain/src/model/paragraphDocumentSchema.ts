import { z } from 'zod';
import { protocolParagraphFieldsSchema } from './protocolParagraphSchema';

export const PARAGRAPH_FORMAT = 'yttra.paragraph';
export const PARAGRAPH_FORMAT_VERSION = 2;

/**
 * The documented, versioned JSON format of a whole protocol paragraph (the domain model, not the editor's node tree):
 * what scripts, migrations from an old meeting system, and the API's paragraph routes read and write. Its JSON
 * Schema is generated into docs/schemas/ from this schema.
 */
export const paragraphDocumentSchema = z
  .object({
    /** Where editors find the JSON Schema; ignored otherwise. */
    $schema: z.string().optional(),
    format: z.literal(PARAGRAPH_FORMAT),
    version: z.literal(PARAGRAPH_FORMAT_VERSION),
    /** The template (organisation conventions) the paragraph is written for; the server's default when left out. */
    templateId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Mallens id får bara innehålla gemener, siffror och bindestreck.')
      .optional(),
  })
  .and(protocolParagraphFieldsSchema);

export type ParagraphDocument = z.infer<typeof paragraphDocumentSchema>;
