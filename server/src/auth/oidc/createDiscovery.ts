import * as client from 'openid-client';
import { isLoopbackUrl } from './isLoopbackUrl';
import type { OidcSettings } from './oidcTypes';

export interface DiscoveryOptions {
  /** How long a discovered configuration is reused; the provider may rotate endpoints or keys meanwhile. */
  maxAgeMs: number;
  /** Seconds before a request to the provider is given up; a hung provider must not hang the browser. */
  timeoutSeconds: number;
  now?: () => number;
}

/**
 * Returns a function that yields the provider's configuration, discovering it on first use. Concurrent callers
 * share one request; a failure is not cached, so the next sign-in retries once the provider is back.
 */
export function createDiscovery(
  settings: OidcSettings,
  options: DiscoveryOptions,
): () => Promise<client.Configuration> {
  const now = options.now ?? Date.now;
  const issuer = new URL(settings.issuer);
  let cached: { configuration: Promise<client.Configuration>; fetchedAt: number } | undefined;

  return () => {
    if (cached && now() - cached.fetchedAt < options.maxAgeMs) return cached.configuration;
    const configuration = client.discovery(issuer, settings.clientId, undefined, clientSecretAuthentication(settings), {
      timeout: options.timeoutSeconds,
      // openid-client refuses plain http; a provider on this machine (development, tests) is the one exception.
      ...(issuer.protocol === 'http:' && isLoopbackUrl(issuer) ? { execute: [client.allowInsecureRequests] } : {}),
    });
    const entry = { configuration, fetchedAt: now() };
    cached = entry;
    configuration.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return configuration;
  };
}

/**
 * Unless configured, uses client_secret_basic, the default of the specification, or client_secret_post when the
 * provider's metadata lists only that: municipalities run many different products, some accept just one.
 */
function clientSecretAuthentication(settings: OidcSettings): client.ClientAuth {
  const basic = client.ClientSecretBasic(settings.clientSecret);
  const post = client.ClientSecretPost(settings.clientSecret);
  if (settings.tokenEndpointAuthMethod === 'client_secret_basic') return basic;
  if (settings.tokenEndpointAuthMethod === 'client_secret_post') return post;
  return (server, metadata, body, headers) => {
    const supported = server.token_endpoint_auth_methods_supported;
    const postOnly = supported?.includes('client_secret_post') && !supported.includes('client_secret_basic');
    (postOnly ? post : basic)(server, metadata, body, headers);
  };
}
