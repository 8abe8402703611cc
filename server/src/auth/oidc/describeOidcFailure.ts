import * as client from 'openid-client';
import { oidcMessages } from './oidcMessages';

export interface OidcFailure {
  status: 400 | 401 | 502;
  /** Shown to the user, in Swedish. */
  message: string;
  /** For the log: what actually went wrong, in terms an operator can look up. */
  reason: string;
}

// Codes openid-client gives to answers that are no OAuth answer at all, i.e. a broken or overloaded provider.
const unusableResponseCodes = new Set(['OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON', 'OAUTH_TIMEOUT']);

/**
 * Maps whatever the callback's exchange with the provider threw to a status and a message. The user learns
 * whether to retry, give up or call support; the details go to the log only, since provider error texts are
 * English, technical and chosen by a third party. Returns undefined for anything that is not a failure of the
 * provider or of its answer (a bug here), which the caller lets through as a 500.
 */
export function describeOidcFailure(error: unknown): OidcFailure | undefined {
  if (error instanceof client.AuthorizationResponseError) {
    return {
      status: 401,
      message: error.error === 'access_denied' ? oidcMessages.accessDenied : oidcMessages.providerRefused,
      reason: `authorization response error ${error.error}: ${error.error_description ?? ''}`,
    };
  }
  if (error instanceof client.ResponseBodyError) {
    return error.status >= 500
      ? {
          status: 502,
          message: oidcMessages.providerUnavailable,
          reason: `token endpoint ${error.status} ${error.error}`,
        }
      : {
          status: 401,
          message: oidcMessages.exchangeRefused,
          reason: `token endpoint refused: ${error.error}: ${error.error_description ?? ''}`,
        };
  }
  // A 401 with WWW-Authenticate from the token endpoint: the provider did not accept our client credentials.
  if (error instanceof client.WWWAuthenticateChallengeError) {
    return {
      status: 401,
      message: oidcMessages.exchangeRefused,
      reason: `token endpoint ${error.status} challenge: ${error.cause.map((challenge) => challenge.scheme).join(', ')}`,
    };
  }
  if (error instanceof client.ClientError) {
    if (error.code && unusableResponseCodes.has(error.code)) {
      return { status: 502, message: oidcMessages.providerUnavailable, reason: `${error.code}: ${error.message}` };
    }
    // State, nonce, issuer, audience or signature did not check out: possibly forged, never worth retrying as is.
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return {
      status: 400,
      message: oidcMessages.notVerified,
      reason: `${error.code ?? 'client error'}: ${error.message}${cause}`,
    };
  }
  // fetch rejects with a TypeError when the provider cannot be reached at all.
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause = error.cause instanceof Error ? error.cause.message : 'network error';
    return { status: 502, message: oidcMessages.providerUnavailable, reason: `provider unreachable: ${cause}` };
  }
  return undefined;
}
