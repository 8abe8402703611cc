import { z } from 'zod';

/**
 * How quotations are set: the marks, and where a sentence's full stop goes when the quotation ends it. Secretaries
 * differ: "… från D." (inside, the common case) or ”… från D”. (outside); both are the protocol's wording.
 */
export const quotationMarksSchema = z.object({
  open: z.string(),
  close: z.string(),
  /** Where a quoted sentence's full stop stands; by default inside the closing mark. */
  fullStop: z.enum(['inside', 'outside']).optional(),
});

export type QuotationMarks = z.infer<typeof quotationMarksSchema>;
