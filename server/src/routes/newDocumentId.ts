import { randomBytes } from 'node:crypto';

/** 16 random bytes, URL-safe: unguessable, and within the protocol's id pattern. */
export function newDocumentId(): string {
  return randomBytes(16).toString('base64url');
}
