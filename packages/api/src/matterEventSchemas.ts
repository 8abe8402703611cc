import { z } from 'zod';

/**
 * `GET /api/matters/:id/events` (Server-Sent Events, `event: matter`): something the viewer may see changed —
 * a draft of theirs was created, shared or tabled, a version was tabled or inserted, the outcome recorded, the
 * paragraph approved. It carries no content: the page reloads what its viewer may see.
 */
export const matterEventSchema = z.object({
  matterId: z.string(),
  change: z.enum(['draft', 'tabled', 'assembled', 'outcome', 'justering', 'approved', 'corrected']),
});
export type MatterEvent = z.infer<typeof matterEventSchema>;
