import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/sqlite/openDatabase';
import { Accounts, EmailTakenError } from './Accounts';
import { MemoryLoginRateLimiter } from './MemoryLoginRateLimiter';
import { hashPassword, verifyPassword } from './passwordHash';
import { SqliteAccountStore } from './SqliteAccountStore';

describe('password hashing', () => {
  it('verifies the right password only, and salts every hash', async () => {
    const first = await hashPassword('Rätt lösenord 1');
    const second = await hashPassword('Rätt lösenord 1');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('Rätt lösenord 1', first)).toBe(true);
    expect(await verifyPassword('rätt lösenord 1', first)).toBe(false);
    expect(await verifyPassword('Rätt lösenord 1', 'plaintext')).toBe(false);
  });
});

describe('Accounts', () => {
  let db: ReturnType<typeof openDatabase>;
  let clock: number;
  let accounts: Accounts;

  beforeEach(() => {
    db = openDatabase(':memory:');
    clock = 1_000_000;
    accounts = new Accounts(new SqliteAccountStore(db), { sessionTtlMs: 60_000, now: () => clock });
  });
  afterEach(async () => {
    await accounts.close();
    db.close();
  });

  it('registers once per email, case-insensitively, and signs in with the password', async () => {
    const anna = await accounts.register({ email: 'Anna@Example.se', displayName: 'Anna', password: 'hemligt-123' });
    expect(anna.email).toBe('anna@example.se');
    await expect(accounts.register({ email: 'ANNA@example.se', displayName: 'X' })).rejects.toBeInstanceOf(
      EmailTakenError,
    );
    expect((await accounts.signInWithPassword('anna@example.se', 'hemligt-123'))?.id).toBe(anna.id);
    expect(await accounts.signInWithPassword('anna@example.se', 'fel')).toBeUndefined();
    expect(await accounts.signInWithPassword('okand@example.se', 'hemligt-123')).toBeUndefined();
  });

  it('stores only hashes of session and API tokens', async () => {
    const anna = await accounts.register({ email: 'anna@example.se', displayName: 'Anna', password: 'x-long-pass' });
    const session = await accounts.startSession(anna.id);
    const { token } = await accounts.createApiToken(anna.id, 'skript');
    const dump = JSON.stringify([
      db.prepare('SELECT * FROM sessions').all(),
      db.prepare('SELECT * FROM api_tokens').all(),
    ]);
    expect(dump).not.toContain(session.token);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain('x-long-pass');
  });

  it('resolves a session until it expires, and ends all of a user’s sessions at once', async () => {
    const anna = await accounts.register({ email: 'anna@example.se', displayName: 'Anna' });
    const laptop = await accounts.startSession(anna.id);
    const phone = await accounts.startSession(anna.id);
    expect((await accounts.resolveSession(laptop.token))?.user.id).toBe(anna.id);
    expect((await accounts.resolveSession(laptop.token))?.csrfToken).toBe(laptop.csrfToken);
    expect(await accounts.endAllSessions(anna.id)).toBe(2);
    expect(await accounts.resolveSession(laptop.token)).toBeUndefined();
    expect(await accounts.resolveSession(phone.token)).toBeUndefined();

    const later = await accounts.startSession(anna.id);
    clock += 60_001;
    expect(await accounts.resolveSession(later.token)).toBeUndefined();
    expect(await accounts.resolveSession('ys_forged')).toBeUndefined();
  });

  it('resolves API tokens to their user and records their use', async () => {
    const anna = await accounts.register({ email: 'anna@example.se', displayName: 'Anna' });
    const { token, record } = await accounts.createApiToken(anna.id, 'export-skript');
    clock += 5;
    expect((await accounts.resolveApiToken(token))?.user.id).toBe(anna.id);
    const used = clock;
    // Listed at once, written only in the next batch: the request did not wait for a write.
    expect((await accounts.listApiTokens(anna.id))[0]).toMatchObject({ id: record.id, lastUsedAt: used });
    expect((await new SqliteAccountStore(db).listApiTokens(anna.id))[0]?.lastUsedAt).toBeNull();
    clock += 5;
    await accounts.close();
    expect((await new SqliteAccountStore(db).listApiTokens(anna.id))[0]).toMatchObject({
      id: record.id,
      lastUsedAt: used,
    });
    expect(await accounts.resolveApiToken(`${token}x`)).toBeUndefined();
  });

  it('links an OIDC identity to the account with the same verified email, and finds it by subject afterwards', async () => {
    const anna = await accounts.register({ email: 'anna@kommun.se', displayName: 'Anna' });
    const claims = {
      issuer: 'https://idp.kommun.se',
      subject: 'abc-123',
      email: 'anna@kommun.se',
      emailVerified: true,
      name: 'Anna A',
    };
    expect((await accounts.signInWithIdentity(claims)).id).toBe(anna.id);
    expect((await accounts.signInWithIdentity({ ...claims, email: 'ny@kommun.se' })).id).toBe(anna.id);
    const newcomer = await accounts.signInWithIdentity({ issuer: claims.issuer, subject: 'zzz', name: 'Ny' });
    expect(newcomer.email).toBe('zzz@idp.kommun.se');
    expect(newcomer.displayName).toBe('Ny');
    // An unverified address never takes over the account that owns it.
    const impostor = await accounts.signInWithIdentity({
      issuer: claims.issuer,
      subject: 'evil',
      email: 'anna@kommun.se',
    });
    expect(impostor.id).not.toBe(anna.id);
  });
});

describe('LoginRateLimiter', () => {
  it('blocks a key after too many failures within the window and lets it go afterwards', async () => {
    let clock = 0;
    const limiter = new MemoryLoginRateLimiter({ maxFailures: 3, windowMs: 1000, now: () => clock });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await limiter.retryAfter('anna')).toBe(0);
      await limiter.recordFailure('anna');
      clock += 100;
    }
    expect(await limiter.retryAfter('anna')).toBe(700);
    expect(await limiter.retryAfter('bertil')).toBe(0);
    clock += 701;
    expect(await limiter.retryAfter('anna')).toBe(0);
    await limiter.recordFailure('anna');
    await limiter.reset('anna');
    expect(await limiter.retryAfter('anna')).toBe(0);
  });
});
