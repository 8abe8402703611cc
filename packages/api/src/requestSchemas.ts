import { z } from 'zod';
import { draftKinds } from './vocabulary';

/** A calendar date written YYYY-MM-DD (2019-02-30 is refused). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ange datumet som ÅÅÅÅ-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'Ange datumet som ÅÅÅÅ-MM-DD');

export const createMatterBody = z.object({
  organisationId: z.string().min(1).max(64),
  caseNumber: z.string().trim().min(1, 'Ange diarienumret').max(40),
  title: z.string().trim().min(1, 'Ange ärendemeningen').max(300),
  kind: z.string().trim().min(1).max(120).default('Yttrande till kommunstyrelsen'),
  meetingDate: isoDate.optional(),
  replyDeadline: isoDate.optional(),
});
export type CreateMatterBody = z.input<typeof createMatterBody>;

export const createDraftBody = z.object({
  title: z.string().trim().min(1, 'Ge utkastet en titel').max(200),
  draftKind: z.enum(draftKinds),
});

export const shareDraftBody = z.object({
  partyGroupIds: z.array(z.string().min(1).max(64)).min(1).max(20),
  /** Those of `partyGroupIds` that may only suggest changes (never the own group). */
  suggestOnlyGroupIds: z.array(z.string().min(1).max(64)).max(20).optional(),
});

export const assembleBody = z.object({
  draftDocumentId: z.string().min(1).max(64),
  version: z.number().int().positive().max(1_000_000),
});

/** A proposal id, or "administration" (förvaltningens förslag). */
export const outcomeBody = z.object({ winningProposal: z.string().min(1).max(64) });
