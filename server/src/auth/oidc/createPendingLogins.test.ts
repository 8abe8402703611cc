import { describe, expect, it } from 'vitest';
import { createPendingLogins, type PendingLogin } from './createPendingLogins';

const login = (returnTo: string): PendingLogin => ({ state: 's', nonce: 'n', codeVerifier: 'v', returnTo });

describe('createPendingLogins', () => {
  it('hands a login out once and only to its id', () => {
    const logins = createPendingLogins({ ttlMs: 1000, maxEntries: 10 });
    const id = logins.add(login('/a'));
    expect(id).toMatch(/^[\w-]{43}$/);
    expect(logins.take('someone-else')).toBeUndefined();
    expect(logins.take(undefined)).toBeUndefined();
    expect(logins.take(id)).toEqual(login('/a'));
    expect(logins.take(id)).toBeUndefined();
  });

  it('forgets logins after their lifetime', () => {
    let time = 0;
    const logins = createPendingLogins({ ttlMs: 1000, maxEntries: 10, now: () => time });
    const expired = logins.add(login('/a'));
    time = 1000;
    expect(logins.take(expired)).toBeUndefined();

    const swept = logins.add(login('/b'));
    time = 2500;
    logins.add(login('/c'));
    expect(logins.size).toBe(1);
    expect(logins.take(swept)).toBeUndefined();
  });

  it('drops the oldest login when full, so /login in a loop cannot exhaust memory', () => {
    const logins = createPendingLogins({ ttlMs: 60_000, maxEntries: 2 });
    const first = logins.add(login('/1'));
    const second = logins.add(login('/2'));
    const third = logins.add(login('/3'));
    expect(logins.size).toBe(2);
    expect(logins.take(first)).toBeUndefined();
    expect(logins.take(second)?.returnTo).toBe('/2');
    expect(logins.take(third)?.returnTo).toBe('/3');
  });
});
