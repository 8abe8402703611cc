import { describe, expect, it } from 'vitest';
import { stepChange } from './stepChange';
import { stepOfKey } from './stepOfKey';

describe('stepping through changes', () => {
  it('starts at either end, moves one at a time and wraps around', () => {
    expect(stepChange(-1, 3, 1)).toBe(0);
    expect(stepChange(-1, 3, -1)).toBe(2);
    expect(stepChange(0, 3, 1)).toBe(1);
    expect(stepChange(2, 3, 1)).toBe(0);
    expect(stepChange(0, 3, -1)).toBe(2);
    expect(stepChange(-1, 0, 1)).toBe(-1);
  });

  it('reads N/J and P/K, and Alt with the arrows, but not shortcuts of the browser', () => {
    const key = (key: string, altKey = false, ctrlKey = false) => stepOfKey({ key, altKey, ctrlKey, metaKey: false });
    expect(key('n')).toBe(1);
    expect(key('J')).toBe(1);
    expect(key('p')).toBe(-1);
    expect(key('k')).toBe(-1);
    expect(key('ArrowDown', true)).toBe(1);
    expect(key('ArrowUp', true)).toBe(-1);
    expect(key('ArrowDown')).toBe(0);
    expect(key('n', false, true)).toBe(0);
    expect(key('x')).toBe(0);
  });
});
