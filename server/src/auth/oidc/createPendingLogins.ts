import { randomBytes } from 'node:crypto';

/** What /login must remember for /callback: the checks openid-client verifies, and where to go afterwards. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export interface PendingLogins {
  /** Remembers a login and returns the opaque id the browser carries in its cookie. */
  add(login: PendingLogin): string;
  /** Returns the login once, then forgets it, so a callback cannot be replayed. */
  take(id: string | undefined): PendingLogin | undefined;
  readonly size: number;
}

export interface PendingLoginsOptions {
  /** How long the user may spend at the provider. */
  ttlMs: number;
  /** Bounds memory when someone requests /login in a loop; the oldest pending login is dropped first. */
  maxEntries: number;
  now?: () => number;
}

/**
 * Server-side memory of logins in progress. Kept in this process rather than in an encrypted cookie because Yttra
 * runs as one process (documents live in its memory and one SQLite file): no key to manage, the PKCE verifier
 * never reaches the browser, and each login is usable exactly once. A restart mid-login only asks the user to
 * start again.
 */
export function createPendingLogins(options: PendingLoginsOptions): PendingLogins {
  const now = options.now ?? Date.now;
  const entries = new Map<string, PendingLogin & { expiresAt: number }>();

  const dropExpired = () => {
    const time = now();
    // Map keeps insertion order and every entry has the same lifetime, so expired ones are at the front.
    for (const [id, entry] of entries) {
      if (entry.expiresAt > time) break;
      entries.delete(id);
    }
  };

  return {
    add(login) {
      dropExpired();
      while (entries.size >= options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      const id = randomBytes(32).toString('base64url');
      entries.set(id, { ...login, expiresAt: now() + options.ttlMs });
      return id;
    },
    take(id) {
      if (!id) return undefined;
      const entry = entries.get(id);
      if (!entry) return undefined;
      entries.delete(id);
      if (entry.expiresAt <= now()) return undefined;
      const { expiresAt: _expiresAt, ...login } = entry;
      return login;
    },
    get size() {
      return entries.size;
    },
  };
}
