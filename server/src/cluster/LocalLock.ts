import type { ClusterLock } from './ClusterLock';

/** One process: a promise chain per name is mutual exclusion enough. */
export class LocalLock implements ClusterLock {
  private readonly tails = new Map<string, Promise<unknown>>();

  async withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(name) ?? Promise.resolve();
    const run = before.catch(() => undefined).then(work);
    const tail = run.catch(() => undefined);
    this.tails.set(name, tail);
    try {
      return await run;
    } finally {
      if (this.tails.get(name) === tail) this.tails.delete(name);
    }
  }
}
