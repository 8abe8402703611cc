import { ApiError } from './ApiError';
import { apiJson, apiRequest } from './http';
import { type AuthProviders, parseProviders, parseSession, type Session } from './session';

/** Who is signed in, or null when nobody is (the first look on load: a 401 is an answer here). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return parseSession(await apiJson('/api/auth/session', { signal, unauthorizedIsExpected: true }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function fetchProviders(signal?: AbortSignal): Promise<AuthProviders> {
  return parseProviders(await apiJson('/api/auth/providers', { signal }));
}

/** Throws ApiError 401 for wrong credentials and 429 (with retryAfterSeconds) after too many failures. */
export async function signInWithPassword(email: string, password: string): Promise<Session> {
  return parseSession(
    await apiJson('/api/auth/login', { method: 'POST', body: { email, password }, unauthorizedIsExpected: true }),
  );
}

export async function signOut(): Promise<void> {
  await apiRequest('/api/auth/logout', { method: 'POST', unauthorizedIsExpected: true });
}

/** Ends every session of the user, on every device; resolves with how many were ended. */
export async function signOutEverywhere(): Promise<number> {
  const body = await apiJson('/api/auth/logout-all', { method: 'POST', unauthorizedIsExpected: true });
  const ended = typeof body === 'object' && body !== null ? (body as { endedSessions?: unknown }).endedSessions : 0;
  return typeof ended === 'number' ? ended : 0;
}
