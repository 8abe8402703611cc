import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

const KiB = 1024;

/**
 * The largest request body each route accepts, first match wins. Sized from what the routes' zod schemas
 * allow, with JSON's worst case (`\uXXXX`, six bytes a character): a comment of 10,000 characters with its
 * quote and anchors fits in 128 KiB; a whole paragraph's JSON in 1 MiB; a staff report upload in
 * 10 MiB; every other body (sign-in, titles, sharing,
 * assembly) in 16 KiB.
 */
export const BODY_LIMITS: readonly { pattern: RegExp; maxBytes: number }[] = [
  { pattern: /^\/api\/documents\/[^/]+\/comments(\/|$)/, maxBytes: 128 * KiB },
  // A whole paragraph in the JSON format (docs/paragraph-format.md): long proposals, many votes and names.
  { pattern: /^\/api\/matters\/[^/]+\/paragraph$/, maxBytes: 1024 * KiB },
  // A staff report (.docx) of at most 10 MiB, with the multipart envelope around it; the route checks the file.
  { pattern: /^\/api\/matters\/[^/]+\/staff-report$/, maxBytes: 10 * KiB * KiB + 64 * KiB },
  { pattern: /^\//, maxBytes: 16 * KiB },
];

/**
 * Refuses a body larger than its route's limit with 413 before anything parses it. A declared
 * Content-Length over the limit is refused without reading a byte, and the connection is closed so the
 * rest is never read either; a chunked body is counted as it arrives and refused at the limit.
 */
export function boundedBodies(): MiddlewareHandler {
  const limiters = BODY_LIMITS.map(({ pattern, maxBytes }) => ({
    pattern,
    limit: bodyLimit({
      maxSize: maxBytes,
      onError: (c) => {
        c.header('Connection', 'close');
        return c.json({ error: `Begäran är för stor (högst ${maxBytes / KiB} kB)` }, 413);
      },
    }),
  }));
  return async (c, next) => {
    const path = c.req.path;
    const limiter = limiters.find(({ pattern }) => pattern.test(path));
    if (!limiter) return next();
    return limiter.limit(c, next);
  };
}
