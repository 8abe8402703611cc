import { describe, expect, it } from 'vitest';
import { LogFollower } from './LogFollower';

describe('LogFollower', () => {
  it('advances over a chain of entries in order', () => {
    const follower = new LogFollower(3);
    expect(follower.record(7, 3)).toBe(false);
    expect(follower.record(9, 7)).toBe(false);
    expect(follower.appliedThrough).toBe(9);
  });

  it('holds an entry whose predecessor it has not seen, and joins the chain when it arrives', () => {
    const follower = new LogFollower(3);
    expect(follower.record(12, 9, 1_000)).toBe(true);
    expect(follower.appliedThrough).toBe(3);
    expect(follower.gapAge(1_250)).toBe(250);
    expect(follower.record(9, 3)).toBe(false);
    expect(follower.appliedThrough).toBe(12);
    expect(follower.gapAge()).toBe(0);
  });

  it('ignores duplicates and entries at or below the watermark', () => {
    const follower = new LogFollower(10);
    expect(follower.record(8, 5)).toBe(false);
    expect(follower.has(8)).toBe(true);
    expect(follower.record(11, 10)).toBe(false);
    expect(follower.record(11, 10)).toBe(false);
    expect(follower.appliedThrough).toBe(11);
  });

  it('closes a gap by a read of the log, keeping what lies beyond the read', () => {
    const follower = new LogFollower(3);
    follower.record(20, 15);
    follower.record(30, 25);
    follower.caughtUpTo(20);
    expect(follower.appliedThrough).toBe(20);
    expect(follower.hasGap).toBe(true);
    follower.caughtUpTo(30);
    expect(follower.appliedThrough).toBe(30);
    expect(follower.hasGap).toBe(false);
  });

  it("continues the chain from a read that passed an ahead entry's predecessor", () => {
    const follower = new LogFollower(3);
    // Entry 12 came after 8 with nothing between; a read of the log returned everything up to 9.
    follower.record(12, 8);
    follower.caughtUpTo(9);
    expect(follower.appliedThrough).toBe(12);
    expect(follower.hasGap).toBe(false);
  });
});
