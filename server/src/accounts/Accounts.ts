import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountStore, ApiTokenRecord, User } from './AccountStore';
import { hashPassword, verifyPassword } from './passwordHash';
import { hashSecretToken, newSecretToken } from './secretToken';

export class EmailTakenError extends Error {
  override readonly name = 'EmailTakenError';
}

export interface OidcIdentityClaims {
  issuer: string;
  subject: string;
  email?: string;
  /** Only an address the provider verified may join an existing account. */
  emailVerified?: boolean;
  name?: string;
}

export interface StartedSession {
  /** Goes to the browser in an HttpOnly cookie; never stored in clear. */
  token: string;
  /** Echoed by the client in a header on every state-changing request. */
  csrfToken: string;
  expiresAt: number;
}

export interface AccountsOptions {
  sessionTtlMs: number;
  now?: () => number;
}

/**
 * Sign-in and credentials: passwords (scrypt), OIDC identities, sessions and personal API tokens. Everything
 * secret is stored as a hash; the clear value exists only in the response that hands it out.
 */
export class Accounts {
  private readonly now: () => number;
  /** Compared against when an email is unknown, so a wrong address costs as long as a wrong password. */
  private readonly decoyHash: Promise<string> = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    private readonly store: AccountStore,
    private readonly options: AccountsOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async register(input: { email: string; displayName: string; password?: string }): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (await this.store.findUserByEmail(email)) throw new EmailTakenError(email);
    const user: User = { id: randomUUID(), email, displayName: input.displayName.trim(), createdAt: this.now() };
    await this.store.createUser(user, input.password ? await hashPassword(input.password) : null);
    return user;
  }

  async signInWithPassword(email: string, password: string): Promise<User | undefined> {
    const found = await this.store.findUserByEmail(email.trim().toLowerCase());
    const matches = await verifyPassword(password, found?.passwordHash ?? (await this.decoyHash));
    if (!found?.passwordHash || !matches) return undefined;
    const { passwordHash: _hash, ...user } = found;
    return user;
  }

  /**
   * The user an identity provider vouches for: linked earlier, or the account with the same verified email
   * (the provider is configured by the organisation and trusted for addresses it verified), or a new account.
   */
  async signInWithIdentity(claims: OidcIdentityClaims): Promise<User> {
    const linked = await this.store.findUserByIdentity(claims.issuer, claims.subject);
    if (linked) return linked;
    const fallback = `${claims.subject}@${new URL(claims.issuer).hostname}`.toLowerCase();
    const claimed = claims.email?.toLowerCase();
    const existing = claimed ? await this.store.findUserByEmail(claimed) : undefined;
    const mayLink = existing !== undefined && claims.emailVerified === true;
    const email = claimed && !existing ? claimed : fallback;
    const user = mayLink
      ? { id: existing.id, email: existing.email, displayName: existing.displayName, createdAt: existing.createdAt }
      : await this.register({ email, displayName: claims.name ?? email });
    await this.store.linkIdentity(claims.issuer, claims.subject, user.id);
    return user;
  }

  async startSession(userId: string): Promise<StartedSession> {
    const token = newSecretToken('ys');
    const csrfToken = randomBytes(24).toString('base64url');
    const createdAt = this.now();
    const expiresAt = createdAt + this.options.sessionTtlMs;
    await this.store.createSession(hashSecretToken(token), { userId, csrfToken, createdAt, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  async resolveSession(token: string): Promise<{ user: User; csrfToken: string } | undefined> {
    const tokenHash = hashSecretToken(token);
    const session = await this.store.findSession(tokenHash);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      await this.store.deleteSession(tokenHash);
      return undefined;
    }
    const user = await this.store.findUser(session.userId);
    return user ? { user, csrfToken: session.csrfToken } : undefined;
  }

  async endSession(token: string): Promise<void> {
    await this.store.deleteSession(hashSecretToken(token));
  }

  /** Signs the user out everywhere; returns how many sessions ended. */
  async endAllSessions(userId: string): Promise<number> {
    return this.store.deleteSessionsOf(userId);
  }

  async createApiToken(userId: string, name: string): Promise<{ token: string; record: ApiTokenRecord }> {
    const token = newSecretToken('yt');
    const record: ApiTokenRecord = { id: randomUUID(), userId, name, createdAt: this.now(), lastUsedAt: null };
    await this.store.createApiToken(hashSecretToken(token), record);
    return { token, record };
  }

  async resolveApiToken(token: string): Promise<User | undefined> {
    const record = await this.store.findApiToken(hashSecretToken(token));
    if (!record) return undefined;
    await this.store.touchApiToken(record.id, this.now());
    return this.store.findUser(record.userId);
  }
}
