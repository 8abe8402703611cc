/**
 * Whether an `Origin` header names the host the request was sent to; undefined when the header is not an
 * origin at all (`null`, `not a url`, `http://[::1`), which the caller answers with 400.
 */
export function isSameOrigin(origin: string, host: string | undefined): boolean | undefined {
  if (!URL.canParse(origin)) return undefined;
  const parsed = new URL(origin);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return host !== undefined && parsed.host === host.toLowerCase();
}
