import type { Context } from 'hono';
import type { z } from 'zod';

type ValidationResult = { success: true } | { success: false; error: z.core.$ZodError };

/** zValidator hook: a refused body answers 400 with every problem, in Swedish where we wrote the message. */
export function validationError(result: ValidationResult, c: Context) {
  if (result.success) return undefined;
  return c.json(
    {
      error: 'Ogiltig begäran',
      issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    },
    400,
  );
}
