/**
 * What a request or a live channel was authenticated with. Ending it (sign-out, token deletion, expiry)
 * ends every channel opened with it; other credentials of the same user are unaffected.
 */
export type Credential =
  /** `id` is the hash of the session token, never the token itself. */
  | { kind: 'session'; id: string; expiresAt: number }
  /** `id` is the API token's record id. */
  | { kind: 'token'; id: string };
