import type { AnchorRange } from '@yttra/editor';
import type { Thread } from './commentsApi';

export interface PlacedThread {
  thread: Thread;
  /** Null when the anchored text is deleted (detached). */
  range: AnchorRange | null;
}

/** Document order by where each thread starts (then ends); detached threads last, oldest first. */
export function orderThreads(
  threads: readonly Thread[],
  resolve: (thread: Thread) => AnchorRange | null,
): PlacedThread[] {
  return threads
    .map((thread) => ({ thread, range: resolve(thread) }))
    .sort((a, b) => {
      if (a.range === null || b.range === null) {
        if (a.range !== b.range) return a.range === null ? 1 : -1;
        return a.thread.createdAt - b.thread.createdAt;
      }
      return a.range.from - b.range.from || a.range.to - b.range.to || a.thread.createdAt - b.thread.createdAt;
    });
}

export function openThreadCount(threads: readonly Thread[]): number {
  return threads.filter((thread) => thread.resolvedAt === null).length;
}

/** "1 öppen", "3 öppna". */
export function openCountLabel(count: number): string {
  return count === 1 ? '1 öppen' : `${count} öppna`;
}
