/** A response the server answered with an error status; `message` is meant for people, in Swedish. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
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

/** Prefers the server's own (Swedish) explanation; falls back to a generic one. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let message = `Servern svarade med ett fel (${response.status}).`;
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null) {
      const record = body as Record<string, unknown>;
      message = firstIssueMessage(record) ?? (typeof record.error === 'string' ? record.error : message);
    }
  } catch {
    // Not JSON (a proxy error page, for instance): the generic message is the best we have.
  }
  return new ApiError(response.status, message);
}

/** Turns any failure of a request into one sentence for the user. */
export function describeRequestFailure(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.';
  return fallback;
}
