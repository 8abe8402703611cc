import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type StorageHarness, storageBackends } from '../storage/testing/storageBackends';
import type { AccountStore, ApiTokenRecord } from './AccountStore';

const ada = { id: 'ada', email: 'ada@kommun.se', displayName: 'Ada', createdAt: 1 };
const bo = { id: 'bo', email: 'bo@kommun.se', displayName: 'Bo', createdAt: 2 };

describe.each(storageBackends)('AccountStore contract ($engine)', (backend) => {
  let harness: StorageHarness;
  let store: AccountStore;

  beforeEach(async () => {
    harness = await backend.open();
    store = harness.storage.accounts;
    await store.createUser(ada, 'hash-ada');
    await store.createUser(bo, null);
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it('finds users by id and by email regardless of case, and refuses a second account for an address', async () => {
    expect(await store.findUser('ada')).toEqual(ada);
    expect(await store.findUser('nobody')).toBeUndefined();
    expect(await store.findUserByEmail('ADA@Kommun.se')).toEqual({ ...ada, passwordHash: 'hash-ada' });
    expect(await store.findUserByEmail('bo@kommun.se')).toEqual({ ...bo, passwordHash: null });
    expect(await store.findUserByEmail('cecilia@kommun.se')).toBeUndefined();
    await expect(store.createUser({ ...bo, id: 'bo-2', email: 'BO@kommun.se' }, null)).rejects.toThrow();
    await expect(store.createUser({ ...bo, email: 'other@kommun.se' }, null)).rejects.toThrow();
    expect(await store.findUser('bo-2')).toBeUndefined();
  });

  it('changes a password hash', async () => {
    await store.setPasswordHash('bo', 'hash-bo');
    expect((await store.findUserByEmail('bo@kommun.se'))?.passwordHash).toBe('hash-bo');
    expect((await store.findUserByEmail('ada@kommun.se'))?.passwordHash).toBe('hash-ada');
  });

  it('links an identity provider’s subject to one user, once', async () => {
    expect(await store.findUserByIdentity('https://idp', 'sub-1')).toBeUndefined();
    await store.linkIdentity('https://idp', 'sub-1', 'ada');
    expect(await store.findUserByIdentity('https://idp', 'sub-1')).toEqual(ada);
    expect(await store.findUserByIdentity('https://other-idp', 'sub-1')).toBeUndefined();
    await expect(store.linkIdentity('https://idp', 'sub-1', 'bo')).rejects.toThrow();
    await expect(store.linkIdentity('https://idp', 'sub-2', 'nobody')).rejects.toThrow();
  });

  it('keeps sessions by token hash, ends one or all of a user’s, and sees them from another instance', async () => {
    await store.createSession('s1', { userId: 'ada', csrfToken: 'c1', expiresAt: 1000, createdAt: 10 });
    await store.createSession('s2', { userId: 'ada', csrfToken: 'c2', expiresAt: 2000, createdAt: 11 });
    await store.createSession('s3', { userId: 'bo', csrfToken: 'c3', expiresAt: 3000, createdAt: 12 });
    const other = (await harness.openAnother()).accounts;
    expect(await other.findSession('s1')).toEqual({ userId: 'ada', csrfToken: 'c1', expiresAt: 1000 });
    await store.deleteSession('s1');
    expect(await other.findSession('s1')).toBeUndefined();
    expect(await other.deleteSessionsOf('ada')).toBe(1);
    expect(await store.deleteSessionsOf('ada')).toBe(0);
    expect(await store.findSession('s2')).toBeUndefined();
    expect(await store.findSession('s3')).toEqual({ userId: 'bo', csrfToken: 'c3', expiresAt: 3000 });
    await expect(
      store.createSession('s4', { userId: 'nobody', csrfToken: 'c', expiresAt: 1, createdAt: 1 }),
    ).rejects.toThrow();
  });

  it('keeps API tokens by hash, lists them oldest first, records their use and deletes only the owner’s', async () => {
    const token = (id: string, userId: string, createdAt: number): ApiTokenRecord => ({
      id,
      userId,
      name: `token ${id}`,
      createdAt,
      lastUsedAt: null,
    });
    await store.createApiToken('h-t2', token('t2', 'ada', 20));
    await store.createApiToken('h-t1', token('t1', 'ada', 10));
    await store.createApiToken('h-t3', token('t3', 'bo', 30));
    await expect(store.createApiToken('h-t1', token('t4', 'bo', 40))).rejects.toThrow();
    expect(await store.findApiToken('h-t1')).toEqual(token('t1', 'ada', 10));
    expect(await store.findApiToken('h-unknown')).toBeUndefined();
    expect(await store.findApiTokenById('t3')).toEqual(token('t3', 'bo', 30));
    expect((await store.listApiTokens('ada')).map((record) => record.id)).toEqual(['t1', 't2']);

    await store.touchApiTokens([
      { id: 't1', usedAt: 500 },
      { id: 't3', usedAt: 600 },
    ]);
    await store.touchApiTokens([]);
    expect((await store.findApiTokenById('t1'))?.lastUsedAt).toBe(500);
    expect((await store.findApiTokenById('t2'))?.lastUsedAt).toBeNull();
    expect((await store.findApiTokenById('t3'))?.lastUsedAt).toBe(600);

    expect(await store.deleteApiToken('bo', 't1')).toBe(false);
    expect(await store.deleteApiToken('ada', 't1')).toBe(true);
    expect(await store.deleteApiToken('ada', 't1')).toBe(false);
    expect(await store.findApiToken('h-t1')).toBeUndefined();
    expect((await store.listApiTokens('ada')).map((record) => record.id)).toEqual(['t2']);
  });
});
