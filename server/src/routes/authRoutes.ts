import { getConnInfo } from '@hono/node-server/conninfo';
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AccessRevocations } from '../access/AccessRevocations';
import type { Accounts } from '../accounts/Accounts';
import type { LoginRateLimiter } from '../accounts/LoginRateLimiter';
import type { AppEnv } from '../auth/AuthContext';
import { requireAuth } from '../auth/requireAuth';
import { clearSessionCookie, setSessionCookie } from '../auth/sessionCookie';
import type { Logger } from '../log';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import { validationError } from './validationError';

const loginBody = z.object({
  email: z.string().trim().min(1, 'Ange din e-postadress').max(320),
  password: z.string().min(1, 'Ange ditt lösenord').max(1000),
});

export interface AuthRouteDependencies {
  accounts: Accounts;
  organisations: OrganisationStore;
  /** Failures per account, and (more leniently, since offices share an address) per client address. */
  rateLimiters: { perAccount: LoginRateLimiter; perAddress: LoginRateLimiter };
  secureCookies: boolean;
  oidcEnabled: boolean;
  revocations: AccessRevocations;
  log: Logger;
}

/** Sign-in with a password, sign-out (this session or all of them), and who the caller is. */
export function authRoutes({
  accounts,
  organisations,
  rateLimiters,
  secureCookies,
  oidcEnabled,
  revocations,
  log,
}: AuthRouteDependencies) {
  return new Hono<AppEnv>()
    .get('/providers', (c) => c.json({ password: true, oidc: oidcEnabled }))
    .post('/login', zValidator('json', loginBody, validationError), async (c) => {
      const { email, password } = c.req.valid('json');
      const address = getConnInfo(c).remote.address ?? 'unknown';
      const account = email.toLowerCase();
      const wait = Math.max(
        await rateLimiters.perAccount.retryAfter(account),
        await rateLimiters.perAddress.retryAfter(address),
      );
      if (wait > 0) {
        log.warn({ event: 'sign-in-paused', address }, 'sign-in refused: too many failures');
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        return c.json({ error: 'För många misslyckade inloggningar. Försök igen om en stund.' }, 429);
      }
      const user = await accounts.signInWithPassword(email, password);
      if (!user) {
        await Promise.all([
          rateLimiters.perAccount.recordFailure(account),
          rateLimiters.perAddress.recordFailure(address),
        ]);
        // The address, not the email typed: a mistyped password often lands in the email field.
        log.warn({ event: 'sign-in-failed', address }, 'sign-in refused');
        return c.json({ error: 'Fel e-postadress eller lösenord' }, 401);
      }
      await rateLimiters.perAccount.reset(account);
      const session = await accounts.startSession(user.id);
      log.info({ event: 'signed-in', userId: user.id, address }, 'signed in');
      setSessionCookie(c, session.token, session.expiresAt, secureCookies);
      return c.json(
        { user, csrfToken: session.csrfToken, memberships: await organisations.membershipsOf(user.id) },
        200,
      );
    })
    .post('/logout', requireAuth, async (c) => {
      const auth = c.get('auth')!;
      if (auth.sessionToken) {
        await accounts.endSession(auth.sessionToken);
        // Ends what this session opened (WebSockets, comment streams); other sessions and tokens are unaffected.
        await revocations.accessChanged({ credential: auth.credential });
        log.info({ event: 'signed-out', userId: auth.user.id }, 'signed out');
      }
      clearSessionCookie(c, secureCookies);
      return c.body(null, 204);
    })
    .post('/logout-all', requireAuth, async (c) => {
      const userId = c.get('auth')!.user.id;
      const ended = await accounts.endAllSessions(userId);
      // Every channel a session opened closes; channels opened with a personal API token stay until it is deleted.
      await revocations.accessChanged({ userId });
      log.info({ event: 'signed-out-everywhere', userId, endedSessions: ended }, 'signed out everywhere');
      clearSessionCookie(c, secureCookies);
      return c.json({ endedSessions: ended }, 200);
    })
    .get('/session', requireAuth, (c) => {
      const auth = c.get('auth')!;
      return c.json({ user: auth.user, csrfToken: auth.csrfToken, memberships: auth.memberships });
    });
}
