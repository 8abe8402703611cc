import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from '../log';

/** Hono's own refusals, in the language the users read. */
const SWEDISH_MESSAGES: Readonly<Record<string, string>> = {
  'Malformed JSON in request body': 'Begäran innehåller ogiltig JSON',
};

/** Every error leaves as JSON `{ error }`: a refused request keeps its status, anything else is a 500. */
export function jsonErrors(log: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof HTTPException) {
      return c.json({ error: SWEDISH_MESSAGES[error.message] ?? (error.message || 'Ogiltig begäran') }, error.status);
    }
    log.error({ err: error, path: c.req.path }, 'request failed');
    return c.json({ error: 'Internt serverfel' }, 500);
  };
}
