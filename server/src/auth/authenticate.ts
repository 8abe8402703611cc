import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { Accounts } from '../accounts/Accounts';
import type { OrganisationStore } from '../organisation/OrganisationStore';
import type { AppEnv, AuthContext } from './AuthContext';
import { SESSION_COOKIE } from './sessionCookie';

export interface AuthenticateDependencies {
  accounts: Accounts;
  organisations: OrganisationStore;
}

/**
 * Establishes `c.var.auth` from the session cookie, or from a personal API token sent as
 * `Authorization: Bearer …` (or as `?token=` on a WebSocket upgrade, where scripts cannot set headers).
 * It never refuses: routes decide what an anonymous request may do.
 */
export function authenticate({ accounts, organisations }: AuthenticateDependencies) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('auth', await resolve());
    await next();

    async function resolve(): Promise<AuthContext | undefined> {
      const bearer = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
      const queryToken = c.req.header('upgrade')?.toLowerCase() === 'websocket' ? c.req.query('token') : undefined;
      const apiToken = bearer ?? queryToken;
      if (apiToken) {
        const resolved = await accounts.resolveApiToken(apiToken);
        if (!resolved) return undefined;
        return {
          user: resolved.user,
          memberships: await organisations.membershipsOf(resolved.user.id),
          via: 'token',
          csrfToken: null,
          sessionToken: null,
          credential: resolved.credential,
        };
      }
      const sessionToken = getCookie(c, SESSION_COOKIE);
      if (!sessionToken) return undefined;
      const session = await accounts.resolveSession(sessionToken);
      if (!session) return undefined;
      return {
        user: session.user,
        memberships: await organisations.membershipsOf(session.user.id),
        via: 'session',
        csrfToken: session.csrfToken,
        sessionToken,
        credential: session.credential,
      };
    }
  });
}
