import { z } from 'zod';

export const deadlineKinds = ['replyDeadline', 'justering', 'reservationReasons', 'notice', 'appealEnds'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const matterDeadlineSchema = z.object({
  kind: z.enum(deadlineKinds),
  /** The last day, YYYY-MM-DD, already moved past weekends and holidays where the law allows. */
  due: z.iso.date(),
  done: z.boolean(),
  /** Where the deadline comes from, in Swedish: the statute, or the remitting body's date. */
  basis: z.string(),
  /** False while the deadline is projected from another deadline rather than from what has happened. */
  firm: z.boolean(),
});
export type MatterDeadline = z.infer<typeof matterDeadlineSchema>;
