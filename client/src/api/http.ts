import { ApiError, apiErrorFrom } from './ApiError';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method?: HttpMethod;
  /** Sent as JSON; FormData is sent as it is (multipart, e.g. a file upload). */
  body?: unknown;
  signal?: AbortSignal;
  /**
   * A 401 here is an answer, not a lost session (a wrong password, or the first look whether anyone is signed
   * in): the caller handles it and the app is not told that the user was signed out.
   */
  unauthorizedIsExpected?: boolean;
}

const STATE_CHANGING: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The session's CSRF token, kept in memory only (never in storage, where another script could find it). The
 * server wants it back on every state-changing request made with the session cookie.
 */
let csrfToken: string | null = null;
const signedOutListeners = new Set<() => void>();
let sessionRefresher: (() => Promise<string | null>) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the server says the session is gone (401); the auth state then shows the sign-in page. */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/**
 * Registers how to re-read the session (and its CSRF token) when a state-changing request is refused with 403:
 * the token may have changed in another tab (signed out and in again). Returns the fresh token, or null.
 */
export function setSessionRefresher(refresh: (() => Promise<string | null>) | null): void {
  sessionRefresher = refresh;
}

export function requestHeaders(method: HttpMethod, hasBody: boolean, token: string | null): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (hasBody) headers['Content-Type'] = 'application/json';
  if (STATE_CHANGING.has(method) && token !== null) headers['X-CSRF-Token'] = token;
  return headers;
}

function send(path: string, request: ApiRequest, method: HttpMethod): Promise<Response> {
  const form = request.body instanceof FormData ? request.body : undefined;
  const hasBody = request.body !== undefined && form === undefined;
  return fetch(path, {
    method,
    credentials: 'same-origin',
    headers: requestHeaders(method, hasBody, csrfToken),
    body: form ?? (hasBody ? JSON.stringify(request.body) : undefined),
    signal: request.signal,
  });
}

/**
 * Every call the client makes to the API goes through here: cookie credentials, JSON, the CSRF token on
 * state-changing requests, 401 turned into "signed out", and errors turned into an ApiError with a Swedish
 * message. Resolves only with a successful response.
 */
export async function apiRequest(path: string, request: ApiRequest = {}): Promise<Response> {
  const method = request.method ?? 'GET';
  let response = await send(path, request, method);
  if (response.status === 403 && STATE_CHANGING.has(method) && sessionRefresher !== null) {
    // A stale CSRF token looks like any other refusal; one fresh look at the session tells them apart.
    const before = csrfToken;
    const fresh = await sessionRefresher().catch(() => null);
    if (fresh !== null && fresh !== before) response = await send(path, request, method);
  }
  if (response.ok) return response;
  const error = await apiErrorFrom(response);
  if (response.status === 401 && !request.unauthorizedIsExpected) {
    csrfToken = null;
    for (const listener of signedOutListeners) listener();
  }
  throw error;
}

/**
 * `fetch` for Hono's typed client: the same cookie, CSRF, 401 and error handling as apiRequest, for a request the
 * client has already built (method, JSON body and headers).
 */
export async function apiFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase() as HttpMethod;
  const build = () => {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(requestHeaders(method, false, csrfToken))) headers.set(name, value);
    return fetch(input, { ...init, method, headers, credentials: 'same-origin' });
  };
  let response = await build();
  if (response.status === 403 && STATE_CHANGING.has(method) && sessionRefresher !== null) {
    const before = csrfToken;
    const fresh = await sessionRefresher().catch(() => null);
    if (fresh !== null && fresh !== before) response = await build();
  }
  if (response.ok) return response;
  const error = await apiErrorFrom(response);
  if (response.status === 401) {
    csrfToken = null;
    for (const listener of signedOutListeners) listener();
  }
  throw error;
}

/** Like apiRequest, and reads the JSON body (null for 204 No Content). */
export async function apiJson(path: string, request: ApiRequest = {}): Promise<unknown> {
  const response = await apiRequest(path, request);
  if (response.status === 204) return null;
  return response.json();
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
