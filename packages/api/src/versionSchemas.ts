import { z } from 'zod';

/** Why a version exists: a quiet spell after editing, a name asked for, a milestone of the matter, a restore. */
export const versionReasons = ['auto', 'named', 'tabled', 'inserted', 'outcome', 'approved', 'restored'] as const;
export type VersionReason = (typeof versionReasons)[number];

/** A user as history names them (an account removed since keeps its id and an empty name). */
export const versionPersonSchema = z.object({ id: z.string(), name: z.string() });
export type VersionPerson = z.infer<typeof versionPersonSchema>;

export const versionSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  reason: z.enum(versionReasons),
  createdAt: z.number(),
  /** Who asked for it or reached the milestone; null for automatic versions. */
  createdBy: versionPersonSchema.nullable(),
  /** Who changed the document since the previous version. */
  authors: z.array(versionPersonSchema),
});
export type Version = z.infer<typeof versionSchema>;

/** `GET /api/documents/:id/versions`, oldest first. */
export const versionListSchema = z.object({ versions: z.array(versionSchema) });

/** `POST /api/documents/:id/versions`. */
export const createVersionBody = z.object({
  name: z.string().trim().min(1, 'Ge versionen ett namn').max(120, 'Namnet får vara högst 120 tecken'),
});

/** `POST /api/documents/:id/versions` (201) and `POST …/versions/:versionId/restore` (201: the restored version). */
export const createdVersionSchema = z.object({ version: versionSchema });

/** `GET /api/documents/:id/versions/:versionId`: the content at that version and its plain text. */
export const versionDetailsSchema = z.object({
  version: versionSchema,
  /** ProseMirror JSON of the document at that version. */
  content: z.unknown(),
  /** One line per block. */
  text: z.string(),
});
export type VersionDetails = z.infer<typeof versionDetailsSchema>;

/**
 * What a comparison is made between: a version's id, `now` (the document as it is), or `tabled-N` (the N:th
 * tabled version of a party's draft).
 */
export const compareRef = z.union([
  z.literal('now'),
  z.string().regex(/^tabled-[1-9]\d{0,5}$/),
  z.string().regex(/^[0-9a-f-]{36}$/),
]);

/** `GET /api/documents/:id/compare?from=…&to=…`. */
export const compareQuery = z.object({ from: compareRef, to: compareRef.default('now') });

export const changeKinds = ['added', 'removed'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const compareSegmentSchema = z.object({
  text: z.string(),
  change: z.enum(changeKinds).nullable(),
  /** Who inserted (added) or deleted (removed) the text; null where history does not say. */
  authorId: z.string().nullable(),
});

export const compareBlockSchema = z.object({
  /** The block's node type (paragraph, heading, proposal …). */
  type: z.string(),
  /** How deep the block sits in the document's structure, 0 at the top. */
  depth: z.number().int(),
  /** The whole block was added or removed. */
  change: z.enum(changeKinds).nullable(),
  segments: z.array(compareSegmentSchema),
});
export type CompareBlock = z.infer<typeof compareBlockSchema>;

/** The answer: the older side first (the two are put in order), every block of both with its changes. */
export const comparisonSchema = z.object({
  from: z.object({ ref: z.string(), label: z.string(), createdAt: z.number() }),
  to: z.object({ ref: z.string(), label: z.string(), createdAt: z.number() }),
  blocks: z.array(compareBlockSchema),
  /** Everyone who added or removed something shown, in order of first change. */
  authors: z.array(versionPersonSchema),
  /** Number of changed segments. */
  changes: z.number().int(),
});
export type Comparison = z.infer<typeof comparisonSchema>;
