import { createServer } from 'node:net';
import type { RunningServer } from '@yttra/server';
import { createTestBrowser, signInAtProvider, startTestProvider, type TestProvider } from '@yttra/server/oidc-testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeDataDir, startTestServer } from '../support/testServer';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('OIDC sign-in against a real local identity provider', () => {
  let server: RunningServer;
  let provider: TestProvider;
  const dataDir = makeDataDir();
  const account = { sub: 'kommun-4711', email: 'anna.andersson@kommun.example', name: 'Anna Andersson' };

  beforeAll(async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/auth/oidc/callback`;
    const clientSecret = 'a-client-secret-long-enough-for-the-provider';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    provider = await startTestProvider([{ clientId: 'yttra', clientSecret, redirectUri }], account);
    warn.mockRestore();
    server = await startTestServer({
      dataDir: dataDir.dataDir,
      port,
      environment: {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'yttra',
        OIDC_CLIENT_SECRET: clientSecret,
        OIDC_REDIRECT_URI: redirectUri,
      },
    });
  });

  afterAll(async () => {
    await server?.close();
    await provider?.close();
    dataDir.remove();
  });

  it('signs a person in through the provider into a normal Yttra session', async () => {
    const browser = createTestBrowser();
    expect(await (await fetch(`${server.url}/api/auth/providers`)).json()).toEqual({ password: true, oidc: true });
    const login = await browser.request(`${server.url}/auth/oidc/login?returnTo=%2Farenden`);
    expect(login.status).toBe(302);
    const callbackUrl = await signInAtProvider(browser, new URL(login.headers.get('location') ?? ''), {
      login: account.sub,
    });
    const callback = await browser.request(callbackUrl);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/arenden');

    const session = await browser.request(`${server.url}/api/auth/session`);
    expect(session.status).toBe(200);
    const body = (await session.json()) as { user: { email: string; displayName: string }; csrfToken: string };
    expect(body.user).toMatchObject({ email: account.email, displayName: account.name });
    expect(body.csrfToken).toBeTruthy();

    // The second sign-in finds the same account through the linked identity.
    const again = createTestBrowser();
    const secondLogin = await again.request(`${server.url}/auth/oidc/login`);
    await again.request(
      await signInAtProvider(again, new URL(secondLogin.headers.get('location') ?? ''), { login: account.sub }),
    );
    const secondSession = (await (await again.request(`${server.url}/api/auth/session`)).json()) as {
      user: { id: string };
    };
    expect(secondSession.user.id).toBe((body.user as unknown as { id: string }).id);
  });

  it('refuses a callback nobody started, and creates no session', async () => {
    const browser = createTestBrowser();
    const response = await browser.request(`${server.url}/auth/oidc/callback?code=forged&state=forged`);
    expect(response.status).toBe(400);
    expect((await browser.request(`${server.url}/api/auth/session`)).status).toBe(401);
  });
});
