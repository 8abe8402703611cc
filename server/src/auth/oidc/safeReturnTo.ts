/**
 * Keeps `returnTo` only when it is a path on this site, so the sign-in cannot be used as an open redirect.
 * `//host` and `/\host` are refused because browsers read both as another host; control characters are refused
 * because some browsers strip them and would turn `/\t/host` into `//host`.
 */
export function safeReturnTo(value: string | undefined): string {
  if (!value || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  return value;
}
