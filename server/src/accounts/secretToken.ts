import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret (session or API token): 32 random bytes, URL-safe. Only its hash is ever stored. */
export function newSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
