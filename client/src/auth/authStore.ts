import { describeRequestFailure } from '../api/ApiError';
import { fetchSession, signInWithPassword, signOut, signOutEverywhere } from '../api/authApi';
import { onSignedOut, setCsrfToken, setSessionRefresher } from '../api/http';
import type { Session } from '../api/session';
import { clearLocalDocuments } from './localDocuments';

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-in'; session: Session }
  /** `notice` explains why (the session ended, or the user signed out everywhere). */
  | { status: 'signed-out'; notice: string | null }
  /** The server could not be reached to ask; nothing is known about the session. */
  | { status: 'unreachable'; message: string };

export const SESSION_ENDED_NOTICE = 'Du har blivit utloggad. Logga in igen för att fortsätta.';

/**
 * The signed-in user for the whole app, as an external store (useSyncExternalStore). The CSRF token lives in
 * the http module, set from here; a 401 from any request or a 4401 on the sync socket signs the app out.
 */
export class AuthStore {
  private state: AuthState = { status: 'loading' };
  private readonly listeners = new Set<() => void>();
  private started = false;

  readonly getState = (): AuthState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks the server once who is signed in; idempotent, so StrictMode's double effect asks once. */
  start(): void {
    if (this.started) return;
    this.started = true;
    onSignedOut(() => this.sessionEnded());
    setSessionRefresher(() => this.refresh());
    void this.load();
  }

  async load(): Promise<void> {
    try {
      const session = await fetchSession();
      this.set(session ? { status: 'signed-in', session } : { status: 'signed-out', notice: null });
    } catch (error) {
      this.set({
        status: 'unreachable',
        message: describeRequestFailure(error, 'Det gick inte att kontrollera inloggningen.'),
      });
    }
  }

  /** Re-reads the session (e.g. after a refused CSRF token); resolves with the current CSRF token. */
  async refresh(): Promise<string | null> {
    const session = await fetchSession();
    this.set(session ? { status: 'signed-in', session } : { status: 'signed-out', notice: SESSION_ENDED_NOTICE });
    return session?.csrfToken ?? null;
  }

  /** Throws ApiError (401 wrong credentials, 429 too many attempts) for the sign-in page to explain. */
  async signIn(email: string, password: string): Promise<void> {
    const session = await signInWithPassword(email, password);
    this.set({ status: 'signed-in', session });
  }

  async signOut(): Promise<void> {
    await signOut();
    this.signedOutByUser(null);
  }

  async signOutEverywhere(): Promise<void> {
    const ended = await signOutEverywhere();
    this.signedOutByUser(
      ended > 1
        ? `Du är utloggad på alla enheter (${ended} inloggningar avslutades).`
        : 'Du är utloggad på alla enheter.',
    );
  }

  /** The server no longer knows the session (a 401, or close code 4401 on a document's socket). */
  sessionEnded(): void {
    if (this.state.status === 'signed-out') return;
    this.set({ status: 'signed-out', notice: SESSION_ENDED_NOTICE });
  }

  private signedOutByUser(notice: string | null): void {
    this.set({ status: 'signed-out', notice });
    // Drafts are confidential to their group: nothing of them stays in this browser for the next user.
    void clearLocalDocuments();
  }

  private set(state: AuthState): void {
    this.state = state;
    setCsrfToken(state.status === 'signed-in' ? state.session.csrfToken : null);
    for (const listener of this.listeners) listener();
  }
}
