import { describe, expect, it } from 'vitest';
import { nextToolbarIndex } from './nextToolbarIndex';

describe('nextToolbarIndex', () => {
  it('moves with the arrow keys and wraps at both ends', () => {
    expect(nextToolbarIndex(0, 'ArrowRight', 8)).toBe(1);
    expect(nextToolbarIndex(7, 'ArrowRight', 8)).toBe(0);
    expect(nextToolbarIndex(0, 'ArrowLeft', 8)).toBe(7);
  });

  it('jumps with Home and End', () => {
    expect(nextToolbarIndex(4, 'Home', 8)).toBe(0);
    expect(nextToolbarIndex(4, 'End', 8)).toBe(7);
  });

  it('leaves other keys alone', () => {
    expect(nextToolbarIndex(3, 'Tab', 8)).toBeNull();
    expect(nextToolbarIndex(3, 'ArrowDown', 8)).toBeNull();
    expect(nextToolbarIndex(0, 'ArrowRight', 0)).toBeNull();
  });
});
