export interface User {
  id: string;
  email: string;
  displayName: string;
  createdAt: number;
}

export interface StoredSession {
  userId: string;
  csrfToken: string;
  expiresAt: number;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** Durable accounts, sessions and API tokens. Secrets arrive here already hashed. */
export interface AccountStore {
  createUser(user: User, passwordHash: string | null): Promise<void>;
  findUserByEmail(email: string): Promise<(User & { passwordHash: string | null }) | undefined>;
  findUser(userId: string): Promise<User | undefined>;
  findUserByIdentity(issuer: string, subject: string): Promise<User | undefined>;
  linkIdentity(issuer: string, subject: string, userId: string): Promise<void>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  createSession(tokenHash: string, session: StoredSession & { createdAt: number }): Promise<void>;
  findSession(tokenHash: string): Promise<StoredSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessionsOf(userId: string): Promise<number>;
  createApiToken(tokenHash: string, record: ApiTokenRecord): Promise<void>;
  findApiToken(tokenHash: string): Promise<ApiTokenRecord | undefined>;
  findApiTokenById(id: string): Promise<ApiTokenRecord | undefined>;
  /** Records when tokens were last used, all in one transaction. */
  touchApiTokens(uses: readonly { id: string; usedAt: number }[]): Promise<void>;
  listApiTokens(userId: string): Promise<ApiTokenRecord[]>;
  deleteApiToken(userId: string, id: string): Promise<boolean>;
}
