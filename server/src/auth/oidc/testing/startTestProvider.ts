import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email: string;
  name: string;
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

export interface TestProviderOptions {
  /**
   * Put email and name into the ID token too. By default oidc-provider follows the specification's rule that
   * scope-requested claims go only to UserInfo when an access token is issued, as many providers do.
   */
  claimsInIdToken?: boolean;
}

export interface TestProvider {
  /** Equal to the `issuer` of its discovery document, as openid-client demands. */
  issuer: string;
  /** Requests seen for a path (query ignored), e.g. to observe caching of discovery or use of UserInfo. */
  requestCount(pathname: string): number;
  /**
   * How the client secret came with the last token request. Observed here because oidc-provider accepts
   * client_secret_basic and client_secret_post alike, whatever the client registered.
   */
  lastTokenAuthentication(): 'client_secret_basic' | 'client_secret_post' | undefined;
  close(): Promise<void>;
}

/**
 * A real oidc-provider on 127.0.0.1 with the given confidential clients and one account. Its development login form
 * accepts any login name with any password; signing in as `account.sub` yields that account's claims.
 */
export async function startTestProvider(
  clients: TestClient[],
  account: TestAccount,
  options: TestProviderOptions = {},
): Promise<TestProvider> {
  // The provider needs its own URL as issuer, which is only known once the port is bound; requests wait for it.
  let handle: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  const requests = new Map<string, number>();
  let lastTokenAuthentication: 'client_secret_basic' | 'client_secret_post' | undefined;
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://provider').pathname;
    requests.set(pathname, (requests.get(pathname) ?? 0) + 1);
    if (pathname === '/token') {
      lastTokenAuthentication = request.headers.authorization?.startsWith('Basic ')
        ? 'client_secret_basic'
        : 'client_secret_post';
    }
    handle?.(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A fresh key each run: without one oidc-provider signs with a published development key and warns about it.
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [client.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [{ ...signingKey, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-only-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    conformIdTokenClaims: !options.claimsInIdToken,
    pkce: { methods: ['S256'], required: () => true },
    // Explicit lifetimes, since the defaults log a notice on every token issued.
    ttl: { AccessToken: 60, AuthorizationCode: 60, IdToken: 60, Interaction: 600, Session: 600, Grant: 600 },
    findAccount: (_ctx, sub) =>
      sub === account.sub
        ? { accountId: sub, claims: () => ({ sub, email: account.email, email_verified: true, name: account.name }) }
        : undefined,
  });
  handle = provider.callback();

  return {
    issuer,
    requestCount: (pathname) => requests.get(pathname) ?? 0,
    lastTokenAuthentication: () => lastTokenAuthentication,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
