import { UnexpectedResponseError } from './documentSummary';

/** What parseAnswer needs of a schema: zod's safeParse (so the client needs no zod of its own). */
interface AnswerSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * Checks a server answer against the API's shared schema (@yttra/api) at the boundary: a server of another
 * version, or a proxy's page, becomes one Swedish error naming what was wrong instead of a crash further in.
 */
export function parseAnswer<T>(schema: AnswerSchema<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UnexpectedResponseError(what);
  return result.data;
}
