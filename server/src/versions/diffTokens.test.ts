import { describe, expect, it } from 'vitest';
import { diffTokens } from './diffTokens';

describe('diffTokens', () => {
  it('keeps the most characters in common, preferring a shared word to a shared space', () => {
    expect(diffTokens(['a', ' ', 'lång', ' ', 'b'], ['a', ' ', 'b', ' ', 'lång'])).toEqual([
      { kind: 'equal', from: 0, to: 2 },
      { kind: 'added', from: 2, to: 4 },
      // "lång" kept rather than the space after it.
      { kind: 'equal', from: 2, to: 3 },
      { kind: 'removed', from: 3, to: 5 },
    ]);
  });

  it('answers equal lists with one equal operation and empty ones with none', () => {
    expect(diffTokens(['x', 'y'], ['x', 'y'])).toEqual([{ kind: 'equal', from: 0, to: 2 }]);
    expect(diffTokens([], [])).toEqual([]);
    expect(diffTokens([], ['n'])).toEqual([{ kind: 'added', from: 0, to: 1 }]);
  });

  it('refuses lists too long to compare exactly', () => {
    const older = Array.from({ length: 2_500 }, (_, index) => `a${index}`);
    const newer = Array.from({ length: 2_500 }, (_, index) => `b${index}`);
    expect(diffTokens(older, newer)).toBeUndefined();
  });
});
