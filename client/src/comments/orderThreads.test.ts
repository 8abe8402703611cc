import { describe, expect, it } from 'vitest';
import type { Thread } from './commentsApi';
import { openCountLabel, openThreadCount, orderThreads } from './orderThreads';

const thread = (id: string, createdAt: number, resolvedAt: number | null = null): Thread => ({
  id,
  anchor: { start: id, end: id },
  quote: id,
  createdAt,
  createdBy: { id: 'u', name: 'U' },
  resolvedAt,
  resolvedBy: null,
  comments: [],
});

describe('orderThreads', () => {
  it('puts threads in document order and detached ones last', () => {
    const ranges: Record<string, { from: number; to: number } | null> = {
      a: { from: 20, to: 25 },
      b: null,
      c: { from: 3, to: 9 },
      d: { from: 3, to: 5 },
      e: null,
    };
    const ordered = orderThreads(
      [thread('a', 1), thread('b', 5), thread('c', 2), thread('d', 3), thread('e', 4)],
      (t) => ranges[t.id] ?? null,
    );
    expect(ordered.map((placed) => placed.thread.id)).toEqual(['d', 'c', 'a', 'e', 'b']);
  });

  it('counts open threads in Swedish', () => {
    expect(openThreadCount([thread('a', 1), thread('b', 1, 5)])).toBe(1);
    expect(openCountLabel(1)).toBe('1 öppen');
    expect(openCountLabel(3)).toBe('3 öppna');
    expect(openCountLabel(0)).toBe('0 öppna');
  });
});
