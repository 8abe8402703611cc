import { isValidDocumentId } from '@yttra/protocol';
import { z } from 'zod';
import { documentAccessSchema } from './matterSchemas';
import { documentKinds, documentRoles } from './vocabulary';

/** A free document in lists; documents from before kinds existed have none and are free text. */
export const documentSummarySchema = z.object({
  id: z.string().refine(isValidDocumentId, 'Ogiltigt dokument-id'),
  title: z.string(),
  kind: z.enum(documentKinds).default('text'),
  createdAt: z.number(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** `GET /api/documents`. */
export const documentListSchema = z.object({ documents: z.array(documentSummarySchema) });

/** `GET /api/documents/:id`: the record with what the caller may do; older records lack role and matter. */
export const documentDetailsSchema = documentSummarySchema.extend({
  role: z.enum(documentRoles).default('free'),
  matterId: z.string().nullable().default(null),
  approvedAt: z.number().nullable().default(null),
  access: documentAccessSchema,
});
export type DocumentDetails = z.infer<typeof documentDetailsSchema>;

/** `POST /api/documents`. */
export const createDocumentBody = z.object({
  title: z.string().trim().min(1, 'Ange en titel').max(200, 'Titeln får vara högst 200 tecken'),
  kind: z.enum(documentKinds).default('protocol'),
  templateId: z.string().min(1).max(64).optional(),
  organisationId: z.string().min(1).max(64).optional(),
});
