import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './AuthContext';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses anonymous requests (401), and state-changing requests made with a session cookie that do not
 * echo the session's CSRF token in `X-CSRF-Token` (403): another site can make a browser send the cookie,
 * but it cannot read the token.
 */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const auth = c.get('auth');
  if (!auth) return c.json({ error: 'Du behöver logga in' }, 401);
  if (auth.via === 'session' && !SAFE_METHODS.has(c.req.method)) {
    const sent = Buffer.from(c.req.header('x-csrf-token') ?? '');
    const expected = Buffer.from(auth.csrfToken ?? '');
    if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      return c.json({ error: 'Ogiltig eller saknad CSRF-token' }, 403);
    }
  }
  await next();
});
