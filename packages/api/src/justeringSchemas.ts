import { z } from 'zod';

/** YYYY-MM-DD; the calendar check is the domain's, on the way in. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const signatoryRoles = ['chair', 'justerare'] as const;
export type SignatoryRole = (typeof signatoryRoles)[number];

const personChoiceSchema = z.object({ userId: z.string(), name: z.string(), role: z.enum(signatoryRoles) });

/** `GET|PUT /api/matters/:id/justering`, `POST …/justering/approve`, `POST …/correction`. */
export const justeringSchema = z.object({
  plannedDate: isoDate.nullable(),
  immediate: z.boolean(),
  keptAt: z.string().nullable(),
  signatories: z.array(personChoiceSchema.extend({ approvedAt: z.number().nullable() })),
  /** Why the paragraph cannot be justered yet, in Swedish; empty when nothing stands in the way. */
  problems: z.array(z.string()),
  justeredAt: z.number().nullable(),
  checksum: z.string().nullable(),
  notice: z.object({ postedOn: isoDate, comesDownOn: isoDate }).nullable(),
  corrections: z.array(z.object({ correctedAt: z.number(), correctedBy: z.string(), reason: z.string() })),
  /** People the secretary may name (only in the secretary's answer). */
  candidates: z.array(personChoiceSchema),
  canApprove: z.boolean(),
});
export type Justering = z.infer<typeof justeringSchema>;
export type Signatory = Justering['signatories'][number];

/** `PUT /api/matters/:id/justering`: who justers, when, and where the protocol is kept. */
export const justeringPlanBody = z.object({
  chairUserId: z.string().min(1, 'Välj ordförande').max(64),
  justerareUserIds: z
    .array(z.string().min(1).max(64))
    .min(1, 'Utse minst en justerare')
    .max(3, 'Högst tre justerare')
    .refine((ids) => new Set(ids).size === ids.length, 'Samma person kan inte utses två gånger'),
  plannedDate: z.iso.date('Ange justeringsdagen som ÅÅÅÅ-MM-DD'),
  immediate: z.boolean().default(false),
  keptAt: z.string().trim().min(1, 'Ange var protokollet förvaras').max(300),
});
export type JusteringPlan = z.input<typeof justeringPlanBody>;

/** `POST /api/matters/:id/correction`: a rättelse, with its reason on record. */
export const correctionBody = z.object({
  reason: z.string().trim().min(10, 'Beskriv varför paragrafen behöver rättas (minst 10 tecken)').max(2000),
});
