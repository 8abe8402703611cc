import { z } from 'zod';
import { draftKinds } from './vocabulary';

/** `GET /api/documents/:id/tabled`. */
export const tabledVersionsSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  draftKind: z.enum(draftKinds).nullable(),
  tabled: z.array(
    z.object({
      version: z.number().int(),
      tabledAt: z.number(),
      tabledBy: z.string(),
      text: z.string(),
      /** The draft's ProseMirror JSON at tabling. */
      content: z.unknown(),
    }),
  ),
});
export type TabledVersions = z.infer<typeof tabledVersionsSchema>;
export type TabledVersion = TabledVersions['tabled'][number];

/** `POST /api/documents/:id/table`. */
export const tabledResultSchema = z.object({ version: z.number().int(), tabledAt: z.number() });

/** `PUT /api/documents/:id/groups`. */
export const sharedResultSchema = z.object({
  partyGroupIds: z.array(z.string()),
  suggestOnlyGroupIds: z.array(z.string()),
});

/** `POST /api/matters/:id/assemble`. */
export const assembledResultSchema = z.object({ inserted: z.array(z.string()) });

/** `POST /api/matters/:id/outcome`. */
export const outcomeResultSchema = z.object({ winningProposal: z.string(), administration: z.boolean() });

/** `POST /api/matters/:id/approve`. */
export const approvedResultSchema = z.object({ approvedAt: z.number(), checksum: z.string() });
