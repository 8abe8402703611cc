import { describe, expect, it } from 'vitest';
import { oidcSettingsFromEnvironment } from './oidcSettingsFromEnvironment';

const complete = {
  OIDC_ISSUER: 'https://idp.kommun.example/realms/yttra',
  OIDC_CLIENT_ID: 'yttra',
  OIDC_CLIENT_SECRET: 'hemlig',
  OIDC_REDIRECT_URI: 'https://yttra.kommun.example/auth/oidc/callback',
};

describe('oidcSettingsFromEnvironment', () => {
  it('is undefined when OIDC is not configured, empty values included', () => {
    expect(oidcSettingsFromEnvironment({})).toBeUndefined();
    expect(oidcSettingsFromEnvironment({ OIDC_ISSUER: '', OIDC_CLIENT_ID: ' ', PORT: '3000' })).toBeUndefined();
  });

  it('reads a complete configuration', () => {
    expect(oidcSettingsFromEnvironment(complete)).toEqual({
      issuer: complete.OIDC_ISSUER,
      clientId: 'yttra',
      clientSecret: 'hemlig',
      redirectUri: complete.OIDC_REDIRECT_URI,
    });
    expect(
      oidcSettingsFromEnvironment({
        ...complete,
        OIDC_SCOPES: 'openid email',
        OIDC_TOKEN_ENDPOINT_AUTH_METHOD: 'client_secret_post',
      }),
    ).toMatchObject({ scopes: 'openid email', tokenEndpointAuthMethod: 'client_secret_post' });
  });

  it('names every missing variable when only some are set', () => {
    const attempt = () => oidcSettingsFromEnvironment({ OIDC_ISSUER: complete.OIDC_ISSUER, OIDC_CLIENT_ID: 'yttra' });
    expect(attempt).toThrow(/OIDC_CLIENT_SECRET: missing/);
    expect(attempt).toThrow(/OIDC_REDIRECT_URI: missing/);
    expect(attempt).toThrow(/set all of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI or none/);
  });

  it('refuses plain http except on this machine', () => {
    expect(() => oidcSettingsFromEnvironment({ ...complete, OIDC_ISSUER: 'http://idp.kommun.example' })).toThrow(
      /OIDC_ISSUER: must use https/,
    );
    expect(() => oidcSettingsFromEnvironment({ ...complete, OIDC_REDIRECT_URI: 'not a url' })).toThrow(
      /OIDC_REDIRECT_URI/,
    );
    expect(
      oidcSettingsFromEnvironment({
        ...complete,
        OIDC_ISSUER: 'http://127.0.0.1:8080',
        OIDC_REDIRECT_URI: 'http://localhost:3000/auth/oidc/callback',
      })?.issuer,
    ).toBe('http://127.0.0.1:8080');
  });

  it('refuses an unknown token endpoint authentication method', () => {
    expect(() =>
      oidcSettingsFromEnvironment({ ...complete, OIDC_TOKEN_ENDPOINT_AUTH_METHOD: 'private_key_jwt' }),
    ).toThrow(/OIDC_TOKEN_ENDPOINT_AUTH_METHOD/);
  });
});
