import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { serialize } from 'hono/utils/cookie';
import * as client from 'openid-client';
import type { Logger } from '../../log';
import { createDiscovery } from './createDiscovery';
import { createPendingLogins } from './createPendingLogins';
import { describeOidcFailure, type OidcFailure } from './describeOidcFailure';
import { oidcMessages } from './oidcMessages';
import type { OidcHooks, OidcIdentity, OidcSettings } from './oidcTypes';
import { readIdentity } from './readIdentity';
import { safeReturnTo } from './safeReturnTo';

export interface OidcRouteOptions {
  /** Where refused sign-ins are explained; without it they are only answered. */
  log?: Logger;
  /** How long the user may spend at the provider before the callback is refused. Default 10 minutes. */
  pendingLoginTtlMs?: number;
  /** Logins in progress kept at most; the oldest is dropped beyond it. Default 10 000. */
  maxPendingLogins?: number;
  /** How long the discovery document is reused. Default 1 hour. */
  discoveryMaxAgeMs?: number;
  /** Seconds before a request to the provider is given up. Default 10. */
  requestTimeoutSeconds?: number;
}

const defaultScopes = 'openid email profile';

/**
 * Sign-in through a municipality's OpenID Connect provider: authorization code flow with PKCE, state and nonce.
 * Mount at the path whose `/callback` is `settings.redirectUri` (e.g. `/auth/oidc`). Only an identity that
 * openid-client fully validated ever reaches `hooks.signedIn`.
 */
export function oidcRoutes(settings: OidcSettings, hooks: OidcHooks, options: OidcRouteOptions = {}): Hono {
  const ttlMs = options.pendingLoginTtlMs ?? 10 * 60_000;
  const pending = createPendingLogins({ ttlMs, maxEntries: options.maxPendingLogins ?? 10_000 });
  const discover = createDiscovery(settings, {
    maxAgeMs: options.discoveryMaxAgeMs ?? 60 * 60_000,
    timeoutSeconds: options.requestTimeoutSeconds ?? 10,
  });
  const scope = withOpenidScope(settings.scopes ?? defaultScopes);

  const redirectUri = new URL(settings.redirectUri);
  const secure = redirectUri.protocol === 'https:';
  // __Secure- keeps a sibling http page from planting the cookie; it may only be used where Secure is possible.
  const cookieName = secure ? '__Secure-yttra_oidc_login' : 'yttra_oidc_login';
  // Scoped to the callback: the id is needed nowhere else, and this keeps it out of every other request.
  const cookieOptions: CookieOptions = {
    path: redirectUri.pathname,
    httpOnly: true,
    secure,
    // Lax, not Strict: the callback is a top-level navigation coming from the provider's site.
    sameSite: 'Lax',
    maxAge: Math.ceil(ttlMs / 1000),
  };

  const refuse = async (c: Context, failure: OidcFailure) => {
    options.log?.warn(
      { issuer: settings.issuer, status: failure.status, reason: failure.reason },
      'OIDC sign-in refused',
    );
    if (hooks.signInFailed) return hooks.signInFailed({ status: failure.status, message: failure.message }, c);
    return c.json({ error: failure.message }, failure.status);
  };

  const configuration = async (c: Context) => {
    try {
      return await discover();
    } catch (error) {
      const reason = error instanceof Error ? `discovery failed: ${error.message}` : 'discovery failed';
      return refuse(c, { status: 502, message: oidcMessages.providerUnavailable, reason });
    }
  };

  return new Hono()
    .get('/login', async (c) => {
      c.header('Cache-Control', 'no-store');
      const returnTo = safeReturnTo(c.req.query('returnTo'));
      const discovered = await configuration(c);
      if (discovered instanceof Response) return discovered;

      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const authorizationUrl = client.buildAuthorizationUrl(discovered, {
        redirect_uri: settings.redirectUri,
        scope,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      setCookie(c, cookieName, pending.add({ state, nonce, codeVerifier, returnTo }), cookieOptions);
      return c.redirect(authorizationUrl.href, 302);
    })
    .get('/callback', async (c) => {
      c.header('Cache-Control', 'no-store');
      // The URL carries the authorization code; pages after this one have no business seeing it.
      c.header('Referrer-Policy', 'no-referrer');
      // Taken, not read: whatever happens next, this login cannot be attempted a second time.
      const login = pending.take(getCookie(c, cookieName));
      deleteCookie(c, cookieName, cookieOptions);
      if (!login) {
        return refuse(c, {
          status: 400,
          message: oidcMessages.loginExpired,
          reason: 'no pending login for this browser',
        });
      }
      const discovered = await configuration(c);
      if (discovered instanceof Response) return discovered;

      let identity: OidcIdentity;
      try {
        // Rebuilt from settings, not from the request: behind a proxy the request URL is not the registered
        // redirect_uri, and openid-client sends this URL's origin and path to the token endpoint.
        const currentUrl = new URL(settings.redirectUri);
        currentUrl.search = new URL(c.req.url).search;
        const tokens = await client.authorizationCodeGrant(discovered, currentUrl, {
          expectedState: login.state,
          expectedNonce: login.nonce,
          pkceCodeVerifier: login.codeVerifier,
          idTokenExpected: true,
        });
        identity = await readIdentity(discovered, tokens);
      } catch (error) {
        const failure = describeOidcFailure(error);
        if (!failure) throw error;
        return refuse(c, failure);
      }

      const response = await hooks.signedIn(identity, c, login.returnTo);
      return withCookieCleared(response, serialize(cookieName, '', { ...cookieOptions, maxAge: 0 }), cookieName);
    });
}

function withOpenidScope(scopes: string): string {
  const list = scopes.split(/\s+/).filter(Boolean);
  return list.includes('openid') ? list.join(' ') : ['openid', ...list].join(' ');
}

/** A hook that builds its own Response instead of using `c` drops the clearing header; it is added back here. */
function withCookieCleared(response: Response, clearing: string, cookieName: string): Response {
  if (response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${cookieName}=`))) return response;
  // Headers of Response.redirect() and fetched responses are immutable, so the header goes onto a copy.
  const copy = new Response(response.body, response);
  copy.headers.append('Set-Cookie', clearing);
  return copy;
}
