import { z } from 'zod';

/** `POST /api/matters/:id/staff-report`: what the tjänsteutlåtande filled in, and what to check. */
export const importedStaffReportSchema = z.object({
  summary: z.array(z.string()),
  replyTo: z.string().nullable(),
  replyToSet: z.boolean(),
  attachment: z.object({ documentNumber: z.string(), title: z.string() }).nullable(),
  /** Dropped tracked changes and comments, guesses, a replaced summary. */
  warnings: z.array(z.string()),
});
export type ImportedStaffReport = z.infer<typeof importedStaffReportSchema>;

/** `GET /api/calendar/feed`. */
export const calendarFeedStatusSchema = z.object({ exists: z.boolean() });
/** `POST /api/calendar/feed`: the new secret address, shown only now. */
export const calendarFeedSchema = z.object({ url: z.string() });
