/**
 * Where people check a checksum: under PUBLIC_URL when it is set (behind a proxy the request's own origin is the
 * internal one), else under the address the request came to.
 */
export function verifyAddress(publicUrl: string | undefined, requestUrl: string): string {
  const base = publicUrl ? publicUrl.replace(/\/+$/, '') : new URL(requestUrl).origin;
  return `${base}/verify`;
}
