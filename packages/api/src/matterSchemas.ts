import { matterDeadlineSchema } from '@yttra/domain';
import { isValidDocumentId } from '@yttra/protocol';
import { z } from 'zod';
import { boardRoles, documentKinds, documentRoles, draftKinds, matterStatuses } from './vocabulary';

/** YYYY-MM-DD; the calendar check is the domain's, on the way in (see requests). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const matterSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  kind: z.string(),
  meetingDate: isoDate.nullable(),
  replyDeadline: isoDate.nullable(),
  status: z.enum(matterStatuses),
  createdAt: z.number(),
});
export type Matter = z.infer<typeof matterSchema>;

/** A matter in the overview of all matters, with its deadlines under kommunallagen. */
export const listedMatterSchema = matterSchema.extend({ deadlines: z.array(matterDeadlineSchema) });
export type ListedMatter = z.infer<typeof listedMatterSchema>;

export const matterListSchema = z.object({ matters: z.array(listedMatterSchema) });

export const partyGroupSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  partyAbbreviation: z.string(),
  name: z.string(),
});
export type PartyGroup = z.infer<typeof partyGroupSchema>;

export const documentAccessSchema = z.object({
  read: z.boolean(),
  write: z.boolean(),
  comment: z.boolean(),
  /** May suggest changes; with `write` false, only suggest (a draft shared for suggestions only). */
  suggest: z.boolean(),
});
export type DocumentAccess = z.infer<typeof documentAccessSchema>;

/** A document of a matter as its viewer may see it. */
const documentId = z.string().refine(isValidDocumentId, 'Ogiltigt dokument-id');

export const matterDocumentSchema = z.object({
  id: documentId,
  title: z.string(),
  kind: z.enum(documentKinds),
  templateId: z.string().nullable(),
  createdAt: z.number(),
  organisationId: z.string().nullable(),
  matterId: z.string().nullable(),
  role: z.enum(documentRoles),
  draftKind: z.enum(draftKinds).nullable(),
  approvedAt: z.number().nullable(),
  approvedChecksum: z.string().nullable(),
  access: documentAccessSchema,
  /** `suggestOnly`: the group was given the draft to suggest changes in, not to write. */
  ownerGroups: z.array(z.object({ id: z.string(), name: z.string(), suggestOnly: z.boolean() })),
  tabledVersions: z.number().int(),
  /** The live draft has been edited since its latest tabled version. */
  changedSinceTabled: z.boolean(),
});
export type MatterDocument = z.infer<typeof matterDocumentSchema>;

/** A tabled (inlämnad) version: public to the whole board. */
export const tabledEntrySchema = z.object({
  documentId,
  title: z.string(),
  draftKind: z.enum(draftKinds).nullable(),
  /** Names of the owning party groups. */
  groups: z.array(z.string()),
  version: z.number().int(),
  tabledAt: z.number(),
});
export type TabledEntry = z.infer<typeof tabledEntrySchema>;

export const assemblySchema = z.object({
  protocolDocumentId: documentId,
  draftDocumentId: documentId,
  draftVersion: z.number().int(),
  assembledAt: z.number(),
  assembledBy: z.string(),
});
export type Assembly = z.infer<typeof assemblySchema>;

/** `GET /api/matters/:id`. */
export const matterDetailsSchema = z.object({
  matter: matterSchema,
  deadlines: z.array(matterDeadlineSchema),
  role: z.enum(boardRoles),
  partyGroupId: z.string().nullable(),
  partyGroups: z.array(partyGroupSchema),
  documents: z.array(matterDocumentSchema),
  tabled: z.array(tabledEntrySchema),
  assembled: z.array(assemblySchema),
});
export type MatterDetails = z.infer<typeof matterDetailsSchema>;

/** `POST /api/matters`. */
export const createdMatterSchema = z.object({ matter: matterSchema, protocolDocumentId: z.string() });
