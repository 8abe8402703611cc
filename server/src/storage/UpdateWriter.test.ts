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

  it('gathers what arrives while a batch is being written into the next batch, and settles batches in order', async () => {
    const handed: number[] = [];
    const writes: (() => void)[] = [];
    const writer = new UpdateWriter({
      appendUpdates: (entries: readonly unknown[]) => {
        handed.push(entries.length);
        return new Promise<void>((resolve) => writes.push(resolve));
      },
    } as never);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const settled: number[] = [];
    const appendNumbered = (value: number) =>
      writer.append('a', new Uint8Array([value])).then(() => settled.push(value));
    const first = appendNumbered(1);
    await turn();
    expect(handed).toEqual([1]);
    // Three turns' appends while the first batch is still being written: none of them is handed over yet.
    const later = [appendNumbered(2)];
    await turn();
    later.push(appendNumbered(3));
    await turn();
    later.push(appendNumbered(4));
    await turn();
    expect(handed).toEqual([1]);
    expect(writer.depth).toBe(4);

    writes[0]?.();
    await first;
    await turn();
    expect(handed).toEqual([1, 3]);
    expect(settled).toEqual([1]);
    writes[1]?.();
    await Promise.all(later);
    expect(settled).toEqual([1, 2, 3, 4]);
    expect(writer.stats()).toEqual({ updatesWritten: 4, batchesWritten: 2 });
    expect(writer.depth).toBe(0);
    await writer.drain();
  });

  it('drains only once the batch being written and the one waiting behind it are written', async () => {
    const writes: (() => void)[] = [];
    const writer = new UpdateWriter({
      appendUpdates: () => new Promise<void>((resolve) => writes.push(resolve)),
    } as never);
    writer.append('a', new Uint8Array([1]));
    await new Promise((resolve) => setImmediate(resolve));
    writer.append('a', new Uint8Array([2]));
    let drained = false;
    const draining = writer.drain().then(() => {
      drained = true;
    });
    writes[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(drained).toBe(false);
    expect(writes).toHaveLength(2);
    writes[1]?.();
    await draining;
    expect(writer.depth).toBe(0);
  });
});
