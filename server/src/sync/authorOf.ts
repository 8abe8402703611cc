import { ServerChangeOrigin } from './ServerChangeOrigin';

/** The user behind a change: a connection's user, or the user a server-side change was made for. */
export function authorOf(origin: unknown): string | null {
  if (origin instanceof ServerChangeOrigin) return origin.userId;
  if (typeof origin === 'object' && origin !== null && 'userId' in origin) {
    const { userId } = origin as { userId: unknown };
    return typeof userId === 'string' ? userId : null;
  }
  return null;
}
