import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { apiJson, apiRequest, onSignedOut, requestHeaders, setCsrfToken, setSessionRefresher } from './http';

const headersOf = (init: RequestInit | undefined) => (init?.headers ?? {}) as Record<string, string>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('requestHeaders', () => {
  it('sends the CSRF token only on state-changing requests', () => {
    expect(requestHeaders('GET', false, 'tok')).toEqual({ Accept: 'application/json' });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      expect(requestHeaders(method, true, 'tok')).toEqual({
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-CSRF-Token': 'tok',
      });
    }
    expect(requestHeaders('POST', false, null)).toEqual({ Accept: 'application/json' });
  });
});

describe('apiRequest', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('csrf-1');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
    setCsrfToken(null);
    setSessionRefresher(null);
  });

  it('sends cookies from this origin, JSON, and the CSRF token', async () => {
    fetchMock.mockResolvedValueOnce(json(201, { id: 'x' }));
    expect(await apiJson('/api/documents', { method: 'POST', body: { title: 'T' } })).toEqual({ id: 'x' });
    const [path, init] = fetchMock.mock.calls[0]!;
    expect(path).toBe('/api/documents');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"title":"T"}');
    expect(headersOf(init)['X-CSRF-Token']).toBe('csrf-1');
  });

  it('reads 204 as null', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    expect(await apiJson('/api/auth/logout', { method: 'POST' })).toBeNull();
  });

  it('turns a 401 into "signed out", unless the caller expects it', async () => {
    const listener = vi.fn();
    const stop = onSignedOut(listener);
    fetchMock.mockResolvedValueOnce(json(401, { error: 'Fel e-postadress eller lösenord' }));
    await expect(apiRequest('/api/auth/login', { method: 'POST', unauthorizedIsExpected: true })).rejects.toThrow(
      'Fel e-postadress eller lösenord',
    );
    expect(listener).not.toHaveBeenCalled();
    fetchMock.mockResolvedValueOnce(json(401, { error: 'Du behöver logga in' }));
    await expect(apiRequest('/api/matters')).rejects.toBeInstanceOf(ApiError);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('retries once with a fresh CSRF token when a state-changing request is refused', async () => {
    setSessionRefresher(async () => {
      setCsrfToken('csrf-2');
      return 'csrf-2';
    });
    fetchMock
      .mockResolvedValueOnce(json(403, { error: 'Ogiltig eller saknad CSRF-token' }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    expect(await apiJson('/api/documents/x/table', { method: 'POST' })).toEqual({ ok: true });
    expect(headersOf(fetchMock.mock.calls[1]![1])['X-CSRF-Token']).toBe('csrf-2');
  });

  it('does not retry a refusal when the token has not changed', async () => {
    setSessionRefresher(async () => 'csrf-1');
    fetchMock.mockResolvedValueOnce(json(403, { error: 'Du har inte behörighet till utkastet' }));
    await expect(apiJson('/api/documents/x/table', { method: 'POST' })).rejects.toMatchObject({
      status: 403,
      message: 'Du har inte behörighet till utkastet',
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('carries a 429’s Retry-After', async () => {
    fetchMock.mockResolvedValueOnce(json(429, { error: 'För många' }, { 'Retry-After': '840' }));
    await expect(apiRequest('/api/auth/login', { method: 'POST' })).rejects.toMatchObject({
      status: 429,
      retryAfterSeconds: 840,
    });
  });
});
