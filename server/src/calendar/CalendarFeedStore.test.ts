import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedContractBoard } from '../storage/testing/seedContractBoard';
import { type StorageHarness, storageBackends } from '../storage/testing/storageBackends';
import type { CalendarFeedStore } from './CalendarFeedStore';

describe.each(storageBackends)('CalendarFeedStore contract ($engine)', (backend) => {
  let harness: StorageHarness;
  let feeds: CalendarFeedStore;

  beforeEach(async () => {
    harness = await backend.open();
    await seedContractBoard(harness.storage);
    feeds = harness.storage.calendarFeeds;
  });

  afterEach(async () => {
    await harness.dispose();
  });

  it('keeps one feed secret per user: a new one replaces the old address', async () => {
    expect(await feeds.hasFeed('u1')).toBe(false);
    await feeds.setFeed('u1', 'hash-a', 10);
    await feeds.setFeed('u2', 'hash-b', 11);
    expect(await feeds.findFeedUser('hash-a')).toBe('u1');
    expect(await feeds.hasFeed('u1')).toBe(true);
    await feeds.setFeed('u1', 'hash-c', 12);
    expect(await feeds.findFeedUser('hash-a')).toBeUndefined();
    expect(await feeds.findFeedUser('hash-c')).toBe('u1');
    expect(await feeds.findFeedUser('hash-b')).toBe('u2');
  });

  it('refuses a secret another user already has, and a user that does not exist', async () => {
    await feeds.setFeed('u1', 'hash-a', 10);
    await expect(feeds.setFeed('u2', 'hash-a', 11)).rejects.toThrow();
    expect(await feeds.hasFeed('u2')).toBe(false);
    await expect(feeds.setFeed('nobody', 'hash-z', 12)).rejects.toThrow();
  });

  it('deletes a feed once', async () => {
    await feeds.setFeed('u1', 'hash-a', 10);
    expect(await feeds.deleteFeed('u1')).toBe(true);
    expect(await feeds.deleteFeed('u1')).toBe(false);
    expect(await feeds.findFeedUser('hash-a')).toBeUndefined();
    expect(await feeds.hasFeed('u1')).toBe(false);
  });
});
