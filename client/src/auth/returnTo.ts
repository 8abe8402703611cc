/** The sign-in page's own address; `?returnTo=` says where to go afterwards. */
export const SIGN_IN_PATH = '/logga-in';

/**
 * Keeps `returnTo` only when it is a path on this site (as the server does for OIDC), so the sign-in page can
 * never send anyone to another host: `//host` and `/\host` are read as another host by browsers, and control
 * characters may be stripped into such a form. The sign-in page itself is no place to return to.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//')) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`) || value.startsWith(`${SIGN_IN_PATH}/`)) {
    return '/';
  }
  return value;
}

/** Where the user should land after signing in, read from the sign-in page's query string. */
export function returnToFromSearch(search: string): string {
  return safeReturnTo(new URLSearchParams(search).get('returnTo'));
}

/** The municipality's sign-in, coming back to `returnTo` afterwards. */
export function oidcLoginHref(returnTo: string): string {
  return `/auth/oidc/login?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;
}

/**
 * Where "here" is when the sign-in page stands in for another page: that page. On the sign-in page itself,
 * the place it was asked to return to.
 */
export function currentReturnTo(pathname: string, search: string): string {
  if (pathname === SIGN_IN_PATH) return returnToFromSearch(search);
  return safeReturnTo(`${pathname}${search ? (search.startsWith('?') ? search : `?${search}`) : ''}`);
}
