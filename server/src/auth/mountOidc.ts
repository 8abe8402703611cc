import type { Hono } from 'hono';
import type { Accounts } from '../accounts/Accounts';
import type { AppEnv } from './AuthContext';
import type { OidcSettings } from './oidc';
import { oidcRoutes } from './oidc';
import { setSessionCookie } from './sessionCookie';

/** `/auth/oidc/login` and `/callback`: a municipality's identity provider signs people in to a normal session. */
export function mountOidc(app: Hono<AppEnv>, settings: OidcSettings, accounts: Accounts, secureCookies: boolean): void {
  app.route(
    '/auth/oidc',
    oidcRoutes(settings, {
      async signedIn(identity, c, returnTo) {
        const user = await accounts.signInWithIdentity(identity);
        const session = await accounts.startSession(user.id);
        setSessionCookie(c, session.token, session.expiresAt, secureCookies);
        return c.redirect(returnTo, 302);
      },
    }),
  );
}
