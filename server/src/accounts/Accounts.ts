import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountStore, ApiTokenRecord, User } from './AccountStore';
import { ApiTokenUsage } from './ApiTokenUsage';
import type { Credential } from './Credential';
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
  /** How often API tokens' "last used" times are written (default once a minute). */
  tokenUsageFlushMs?: number;
}

/**
 * Sign-in and credentials: passwords (scrypt), OIDC identities, sessions and personal API tokens. Everything
 * secret is stored as a hash; the clear value exists only in the response that hands it out.
 */
export class Accounts {
  private readonly now: () => number;
  /** Compared against when an email is unknown, so a wrong address costs as long as a wrong password. */
  private readonly decoyHash: Promise<string> = hashPassword(randomBytes(16).toString('hex'));
  private readonly tokenUsage: ApiTokenUsage;

  constructor(
    private readonly store: AccountStore,
    private readonly options: AccountsOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.tokenUsage = new ApiTokenUsage(store, { flushEveryMs: options.tokenUsageFlushMs ?? 60_000 });
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

  async resolveSession(
    token: string,
  ): Promise<{ user: User; csrfToken: string; credential: Credential & { kind: 'session' } } | undefined> {
    const tokenHash = hashSecretToken(token);
    const session = await this.store.findSession(tokenHash);
    if (!session) return undefined;
    if (session.expiresAt <= this.now()) {
      await this.store.deleteSession(tokenHash);
      return undefined;
    }
    const user = await this.store.findUser(session.userId);
    if (!user) return undefined;
    return {
      user,
      csrfToken: session.csrfToken,
      credential: { kind: 'session', id: tokenHash, expiresAt: session.expiresAt },
    };
  }

  async endSession(token: string): Promise<void> {
    await this.store.deleteSession(hashSecretToken(token));
  }

  /** Whether a credential still signs its user in: the session exists and has not expired, the token exists. */
  async isLive(credential: Credential, userId: string): Promise<boolean> {
    if (credential.kind === 'token') return (await this.store.findApiTokenById(credential.id))?.userId === userId;
    const session = await this.store.findSession(credential.id);
    return session?.userId === userId && session.expiresAt > this.now();
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

  async resolveApiToken(token: string): Promise<{ user: User; credential: Credential } | undefined> {
    const record = await this.store.findApiToken(hashSecretToken(token));
    if (!record) return undefined;
    // Bookkeeping, written in a batch later: the request never waits for it.
    this.tokenUsage.record(record.id, this.now());
    const user = await this.store.findUser(record.userId);
    return user ? { user, credential: { kind: 'token', id: record.id } } : undefined;
  }

  /** The user's tokens, with uses not yet written already counted. */
  async listApiTokens(userId: string): Promise<ApiTokenRecord[]> {
    const records = await this.store.listApiTokens(userId);
    return records.map((record) => ({
      ...record,
      lastUsedAt: this.tokenUsage.unwritten(record.id) ?? record.lastUsedAt,
    }));
  }

  async deleteApiToken(userId: string, tokenId: string): Promise<boolean> {
    const deleted = await this.store.deleteApiToken(userId, tokenId);
    if (deleted) this.tokenUsage.forget(tokenId);
    return deleted;
  }

  /** Writes what is still only in memory (tokens' last use); call before closing storage. */
  async close(): Promise<void> {
    await this.tokenUsage.stop();
  }
}
