import * as client from 'openid-client';
import type { OidcIdentity } from './oidcTypes';

type Tokens = Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
type Claims = Record<string, unknown>;

/**
 * Builds the identity from the validated ID token. Many providers (oidc-provider among them) leave email and
 * name out of the ID token when an access token is issued, so the UserInfo endpoint is asked for what is
 * missing; openid-client checks that its `sub` matches the ID token's.
 */
export async function readIdentity(configuration: client.Configuration, tokens: Tokens): Promise<OidcIdentity> {
  const idToken = tokens.claims();
  // openid-client already required the ID token (a nonce was expected), but the type cannot know that.
  if (!idToken) throw new Error('ID token missing from the token response');

  let claims: Claims = idToken;
  const incomplete = typeof idToken.email !== 'string' || typeof displayName(idToken) !== 'string';
  if (incomplete && configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
    const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    // The ID token was verified more strictly, so its values win where both have one.
    claims = { ...userInfo, ...idToken };
  }

  const email = typeof claims.email === 'string' && claims.email !== '' ? claims.email : undefined;
  const name = displayName(claims);
  return {
    issuer: idToken.iss,
    subject: idToken.sub,
    ...(email !== undefined ? { email } : {}),
    ...(email !== undefined && typeof claims.email_verified === 'boolean'
      ? { emailVerified: claims.email_verified }
      : {}),
    ...(name !== undefined ? { name } : {}),
  };
}

/** `name` when given; otherwise given and family name, which some directories send instead. */
function displayName(claims: Claims): string | undefined {
  if (typeof claims.name === 'string' && claims.name.trim() !== '') return claims.name.trim();
  const parts = [claims.given_name, claims.family_name].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length > 0 ? parts.map((part) => part.trim()).join(' ') : undefined;
}
