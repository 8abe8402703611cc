import { z } from 'zod';

/** `GET /api/verify/:checksum` for machines; dates as ISO strings. */
export const verifyAnswerSchema = z.union([
  z.object({
    valid: z.literal(true),
    checksum: z.string(),
    title: z.string(),
    board: z.string(),
    caseNumber: z.string().nullable(),
    meetingDate: z.string().nullable(),
    approvedAt: z.string(),
    /** What exactly the checksum is the SHA-256 of. */
    hashed: z.string(),
  }),
  z.object({ valid: z.literal(false), error: z.string().optional() }),
]);
export type VerifyAnswer = z.infer<typeof verifyAnswerSchema>;
