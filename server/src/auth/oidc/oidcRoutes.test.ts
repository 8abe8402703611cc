import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { oidcMessages } from './oidcMessages';
import { oidcRoutes } from './oidcRoutes';
import type { OidcHooks, OidcIdentity, OidcSettings } from './oidcTypes';
import { createTestBrowser, type TestBrowser } from './testing/createTestBrowser';
import { signInAtProvider } from './testing/signInAtProvider';
import { startTestProvider, type TestProvider } from './testing/startTestProvider';

const account = { sub: 'alice', email: 'alice@kommun.example', name: 'Alice Andersson' };
const clientId = 'yttra';
const clientSecret = 'test-secret-that-is-long-enough';
const discoveryPath = '/.well-known/openid-configuration';

let appServer: ReturnType<typeof serve>;
let appOrigin: string;
let provider: TestProvider;
let settings: OidcSettings;
// Each test mounts its own routes (own pending logins, own discovery cache) behind the one listening server.
let currentApp = new Hono();
let signedIn: Array<{ identity: OidcIdentity; returnTo: string }>;
let browser: TestBrowser;

beforeAll(async () => {
  appServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: (request) => currentApp.fetch(request), port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  appOrigin = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}`;
  const redirectUri = `${appOrigin}/auth/oidc/callback`;
  // oidc-provider announces on the console that its development login form is on; expected here, so silenced.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  provider = await startTestProvider([{ clientId, clientSecret, redirectUri }], account);
  warn.mockRestore();
  settings = { issuer: provider.issuer, clientId, clientSecret, redirectUri };
});

afterAll(async () => {
  await provider?.close();
  await new Promise<void>((resolve) => {
    appServer.close(() => resolve());
    if ('closeAllConnections' in appServer) appServer.closeAllConnections();
  });
});

beforeEach(() => {
  signedIn = [];
  browser = createTestBrowser();
  mount(settings);
});

const recordingHooks: OidcHooks = {
  signedIn(identity, c, returnTo) {
    signedIn.push({ identity, returnTo });
    setCookie(c, 'session', 'new-session', { path: '/', httpOnly: true });
    return c.redirect(returnTo, 302);
  },
};

function mount(routeSettings: OidcSettings, hooks: OidcHooks = recordingHooks) {
  currentApp = new Hono().route('/auth/oidc', oidcRoutes(routeSettings, hooks));
}

/** GET /login and return where it sends the browser. */
async function startLogin(returnTo?: string): Promise<URL> {
  const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const response = await browser.request(`${appOrigin}/auth/oidc/login${query}`);
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location') ?? '');
}

async function errorOf(response: Response): Promise<string> {
  return ((await response.json()) as { error: string }).error;
}

describe('oidcRoutes against a real oidc-provider', () => {
  it('signs in: PKCE authorization request, validated callback, identity handed to signedIn', async () => {
    const loginResponse = await browser.request(`${appOrigin}/auth/oidc/login?returnTo=%2Fdokument%2F42%3Fflik%3D2`);
    expect(loginResponse.status).toBe(302);
    const authorizationUrl = new URL(loginResponse.headers.get('location') ?? '');
    expect(authorizationUrl.origin).toBe(provider.issuer);
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizationUrl.searchParams.get('scope')).toBe('openid email profile');
    expect(authorizationUrl.searchParams.get('state')).toBeTruthy();
    expect(authorizationUrl.searchParams.get('nonce')).toBeTruthy();
    const transientCookie = loginResponse.headers.getSetCookie().join('\n');
    expect(transientCookie).toMatch(/^yttra_oidc_login=[\w-]{40,};/);
    expect(transientCookie).toContain('Path=/auth/oidc/callback');
    expect(transientCookie).toContain('HttpOnly');
    expect(transientCookie).toContain('SameSite=Lax');

    const callbackUrl = await signInAtProvider(browser, authorizationUrl, { login: account.sub });
    expect(callbackUrl.href.startsWith(settings.redirectUri)).toBe(true);
    const callback = await browser.request(callbackUrl);

    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/dokument/42?flik=2');
    expect(signedIn).toEqual([
      {
        identity: {
          issuer: provider.issuer,
          subject: account.sub,
          email: account.email,
          emailVerified: true,
          name: account.name,
        },
        returnTo: '/dokument/42?flik=2',
      },
    ]);
    const appCookies = browser.cookies(appOrigin);
    expect(appCookies.get('session')).toBe('new-session');
    expect(appCookies.has('yttra_oidc_login')).toBe(false);
    // oidc-provider left email and name out of the ID token, so they came from UserInfo.
    expect(provider.requestCount('/me')).toBe(1);

    // The same callback again, as a replaying attacker or a double-clicked back button would send it.
    const replay = await createTestBrowser().request(callbackUrl);
    expect(replay.status).toBe(400);
    expect(await errorOf(replay)).toBe(oidcMessages.loginExpired);
    expect(signedIn).toHaveLength(1);
  });

  it('clears the transient cookie even when signedIn answers with a Response of its own', async () => {
    mount(settings, {
      signedIn: (identity, _c, returnTo) => {
        signedIn.push({ identity, returnTo });
        // Response.redirect has immutable headers, the hardest case for adding the clearing cookie.
        return Response.redirect(new URL(returnTo, appOrigin), 303);
      },
    });
    const callbackUrl = await signInAtProvider(browser, await startLogin('/start'), { login: account.sub });
    const callback = await browser.request(callbackUrl);
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe(`${appOrigin}/start`);
    expect(callback.headers.getSetCookie().join('\n')).toMatch(/^yttra_oidc_login=;.*Max-Age=0/);
    expect(signedIn).toHaveLength(1);
  });

  it('refuses a callback whose state was tampered with and never calls signedIn', async () => {
    const callbackUrl = await signInAtProvider(browser, await startLogin('/'), { login: account.sub });
    callbackUrl.searchParams.set('state', 'forged-state');

    const callback = await browser.request(callbackUrl);
    expect(callback.status).toBe(400);
    expect(await errorOf(callback)).toBe(oidcMessages.notVerified);
    expect(signedIn).toEqual([]);
  });

  it('refuses error=access_denied from the provider', async () => {
    const callbackUrl = await signInAtProvider(browser, await startLogin('/'), {
      login: account.sub,
      choice: 'cancel',
    });
    expect(callbackUrl.searchParams.get('error')).toBe('access_denied');

    const callback = await browser.request(callbackUrl);
    expect(callback.status).toBe(401);
    expect(await errorOf(callback)).toBe(oidcMessages.accessDenied);
    expect(signedIn).toEqual([]);
  });

  it('refuses a callback in a browser that never started the login', async () => {
    const callbackUrl = await signInAtProvider(browser, await startLogin('/'), { login: account.sub });

    const callback = await createTestBrowser().request(callbackUrl);
    expect(callback.status).toBe(400);
    expect(await errorOf(callback)).toBe(oidcMessages.loginExpired);
    expect(signedIn).toEqual([]);
  });

  it('turns returnTo=//evil.example into /', async () => {
    const callbackUrl = await signInAtProvider(browser, await startLogin('//evil.example'), { login: account.sub });
    const callback = await browser.request(callbackUrl);

    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    expect(signedIn.map((call) => call.returnTo)).toEqual(['/']);
  });

  it('refuses when the provider rejects the code exchange (wrong client secret)', async () => {
    mount({ ...settings, clientSecret: 'not-the-registered-secret' });
    const callbackUrl = await signInAtProvider(browser, await startLogin('/'), { login: account.sub });

    const callback = await browser.request(callbackUrl);
    expect(callback.status).toBe(401);
    expect(await errorOf(callback)).toBe(oidcMessages.exchangeRefused);
    expect(signedIn).toEqual([]);
  });

  it('sends the secret with client_secret_basic by default and client_secret_post when configured so', async () => {
    const basic = await signInAtProvider(browser, await startLogin('/'), { login: account.sub });
    expect((await browser.request(basic)).status).toBe(302);
    expect(provider.lastTokenAuthentication()).toBe('client_secret_basic');

    mount({ ...settings, tokenEndpointAuthMethod: 'client_secret_post' });
    const post = await signInAtProvider(browser, await startLogin('/'), { login: account.sub });
    expect((await browser.request(post)).status).toBe(302);
    expect(provider.lastTokenAuthentication()).toBe('client_secret_post');
    expect(signedIn).toHaveLength(2);
  });

  it('takes email and name from the ID token when present, without asking UserInfo', async () => {
    const redirectUri = settings.redirectUri;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const generous = await startTestProvider([{ clientId, clientSecret, redirectUri }], account, {
      claimsInIdToken: true,
    });
    warn.mockRestore();
    try {
      mount({ ...settings, issuer: generous.issuer });
      const callbackUrl = await signInAtProvider(browser, await startLogin('/'), { login: account.sub });
      expect((await browser.request(callbackUrl)).status).toBe(302);
      expect(signedIn.map((call) => call.identity)).toEqual([
        {
          issuer: generous.issuer,
          subject: account.sub,
          email: account.email,
          emailVerified: true,
          name: account.name,
        },
      ]);
      expect(generous.requestCount('/me')).toBe(0);
    } finally {
      await generous.close();
    }
  });

  it('discovers the provider once and reuses it for later logins and callbacks', async () => {
    const before = provider.requestCount(discoveryPath);
    const first = await signInAtProvider(browser, await startLogin('/'), { login: account.sub });
    expect((await browser.request(first)).status).toBe(302);
    const second = await signInAtProvider(browser, await startLogin('/'), { login: account.sub });
    expect((await browser.request(second)).status).toBe(302);
    expect(provider.requestCount(discoveryPath) - before).toBe(1);
  });

  it('marks the transient cookie Secure (with the __Secure- prefix) when the redirect URI is https', async () => {
    mount({ ...settings, redirectUri: 'https://yttra.kommun.example/auth/oidc/callback' });
    const login = await browser.request(`${appOrigin}/auth/oidc/login`);
    expect(login.status).toBe(302);
    const cookie = login.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/^__Secure-yttra_oidc_login=/);
    expect(cookie).toContain('; Secure');
  });

  it('answers 502 in Swedish when the provider cannot be reached, and lets signInFailed shape the answer', async () => {
    // A port that was just free: nothing listens there, so the connection is refused at once.
    const closed = serve({ fetch: () => new Response(), port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => closed.once('listening', resolve));
    const deadIssuer = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));

    mount({ ...settings, issuer: deadIssuer });
    const login = await browser.request(`${appOrigin}/auth/oidc/login`);
    expect(login.status).toBe(502);
    expect(await errorOf(login)).toBe(oidcMessages.providerUnavailable);

    const refusals: unknown[] = [];
    mount(
      { ...settings, issuer: deadIssuer },
      {
        ...recordingHooks,
        signInFailed(failure, c) {
          refusals.push(failure);
          return c.redirect(`/?inloggningsfel=${encodeURIComponent(failure.message)}`, 302);
        },
      },
    );
    const redirected = await browser.request(`${appOrigin}/auth/oidc/login`);
    expect(redirected.status).toBe(302);
    expect(refusals).toEqual([{ status: 502, message: oidcMessages.providerUnavailable }]);
  });
});
