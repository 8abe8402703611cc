import type { Context } from 'hono';

/** What Yttra needs to know about one municipality's identity provider. */
export interface OidcSettings {
  /** Issuer identifier; must equal the `issuer` in the provider's discovery document, trailing slash included. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Absolute URL of `/callback` as the browser sees it, registered at the provider. */
  redirectUri: string;
  /** Space separated; `openid` is added when missing. Default `openid email profile`. */
  scopes?: string;
  /**
   * How the client secret is sent to the token endpoint. Default: client_secret_basic, or client_secret_post when
   * the provider's metadata offers only that. Set it when the client is registered for one method only.
   */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post';
}

/** The person the provider vouched for. `issuer` + `subject` is the stable key; email and name may change. */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  email?: string;
  /** Whether the provider says it verified `email`; link accounts by email only when this is true. */
  emailVerified?: boolean;
  name?: string;
}

export interface OidcHooks {
  /** Called after a successful callback; returns the response (e.g. sets the session cookie and redirects). */
  signedIn(identity: OidcIdentity, c: Context, returnTo: string): Promise<Response> | Response;
  /**
   * Optional: answers a refused sign-in, e.g. by redirecting to a page of the client that shows `message`.
   * Without it the answer is `{ error: message }` as JSON with `status`. Never called together with signedIn.
   */
  signInFailed?(failure: OidcRefusal, c: Context): Promise<Response> | Response;
}

/** Why a sign-in was refused, as far as the person signing in should know. */
export interface OidcRefusal {
  /** 400: the response could not be trusted or the login expired; 401: refused by the provider; 502: provider unreachable. */
  status: 400 | 401 | 502;
  /** Swedish, safe to show. */
  message: string;
}
