import { describe, expect, it } from 'vitest';
import { UpdateWriter } from './UpdateWriter';

describe('UpdateWriter', () => {
  it('writes the appends of one event-loop turn in one batch and resolves after commit', async () => {
    const committed: number[] = [];
    const fakeStore = {
      appendUpdates: async (entries: readonly unknown[]) => {
        committed.push(entries.length);
      },
    };
    const writer = new UpdateWriter(fakeStore as never);
    const first = writer.append('a', new Uint8Array([1]));
    const second = writer.append('a', new Uint8Array([2]));
    expect(committed).toEqual([]);
    await Promise.all([first, second]);
    expect(committed).toEqual([2]);
    await writer.append('a', new Uint8Array([3]));
    expect(committed).toEqual([2, 1]);
    expect(writer.stats()).toEqual({ updatesWritten: 3, batchesWritten: 2 });
  });

  it('rejects every append of a batch whose commit failed, and carries on with the next', async () => {
    let fail = true;
    const writer = new UpdateWriter({
      appendUpdates: async () => {
        if (fail) throw new Error('disk full');
      },
    } as never);
    await expect(writer.append('a', new Uint8Array([1]))).rejects.toThrow('disk full');
    fail = false;
    await expect(writer.append('a', new Uint8Array([2]))).resolves.toBeUndefined();
  });
});
