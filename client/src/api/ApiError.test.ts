import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, describeRequestFailure, fallbackMessage, parseRetryAfter } from './ApiError';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('apiErrorFrom', () => {
  it('prefers the first validation issue, which names the actual problem', async () => {
    const error = await apiErrorFrom(
      jsonResponse(400, { error: 'Ogiltig begäran', issues: [{ path: 'title', message: 'Ange en titel' }] }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Ange en titel');
  });

  it('falls back to the error field', async () => {
    expect((await apiErrorFrom(jsonResponse(404, { error: 'Dokumentet finns inte' }))).message).toBe(
      'Dokumentet finns inte',
    );
  });

  it('copes with a body that is not JSON', async () => {
    const error = await apiErrorFrom(new Response('<h1>Bad gateway</h1>', { status: 502 }));
    expect(error.status).toBe(502);
    expect(error.message).toContain('502');
  });
});

describe('describeRequestFailure', () => {
  it('explains a network failure in Swedish and passes server messages through', () => {
    expect(describeRequestFailure(new TypeError('Failed to fetch'), 'x')).toMatch(/nå servern/);
    expect(describeRequestFailure(new ApiError(400, 'Ange en titel'), 'x')).toBe('Ange en titel');
    expect(describeRequestFailure(new Error('boom'), 'Något gick fel.')).toBe('Något gick fel.');
  });
});

describe('fallbackMessage and parseRetryAfter', () => {
  it('explains bare statuses in Swedish', () => {
    expect(fallbackMessage(403)).toMatch(/behörighet/);
    expect(fallbackMessage(503)).toContain('503');
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 0)).toBe(10);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('snart')).toBeNull();
  });
});
