/** A response the server answered with an error status; `message` is meant for people, in Swedish. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Seconds to wait before trying again, from a 429 answer's `Retry-After`. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function firstIssueMessage(body: Record<string, unknown>): string | undefined {
  if (!Array.isArray(body.issues)) return undefined;
  const [first] = body.issues as unknown[];
  if (typeof first === 'object' && first !== null && 'message' in first && typeof first.message === 'string') {
    return first.message;
  }
  return undefined;
}

/** What to say when the server gave no explanation of its own. */
export function fallbackMessage(status: number): string {
  if (status === 401) return 'Du behöver logga in.';
  if (status === 403) return 'Du har inte behörighet att göra det här.';
  if (status === 404) return 'Det du sökte finns inte.';
  if (status === 409) return 'Det gick inte eftersom något redan har ändrats. Ladda om sidan och försök igen.';
  if (status === 429) return 'För många försök. Vänta en stund och försök igen.';
  if (status >= 500) return `Något gick fel på servern (${status}). Försök igen om en stund.`;
  return `Servern svarade med ett fel (${status}).`;
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. Null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Prefers the server's own (Swedish) explanation; falls back to a generic one. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let message = fallbackMessage(response.status);
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null) {
      const record = body as Record<string, unknown>;
      message = firstIssueMessage(record) ?? (typeof record.error === 'string' ? record.error : message);
    }
  } catch {
    // Not JSON (a proxy error page, for instance): the generic message is the best we have.
  }
  return new ApiError(response.status, message, parseRetryAfter(response.headers.get('Retry-After')));
}

/** Turns any failure of a request into one sentence for the user. */
export function describeRequestFailure(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.';
  return fallback;
}
