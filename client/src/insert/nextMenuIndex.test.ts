import { describe, expect, it } from 'vitest';
import { indexByFirstLetter, nextMenuIndex } from './nextMenuIndex';

describe('nextMenuIndex', () => {
  it('moves with the arrows and wraps, jumps with Home and End', () => {
    expect(nextMenuIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextMenuIndex(2, 'ArrowDown', 3)).toBe(0);
    expect(nextMenuIndex(0, 'ArrowUp', 3)).toBe(2);
    expect(nextMenuIndex(1, 'Home', 3)).toBe(0);
    expect(nextMenuIndex(1, 'End', 3)).toBe(2);
  });

  it('starts at an end when nothing is active yet, and ignores other keys and empty menus', () => {
    expect(nextMenuIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextMenuIndex(-1, 'ArrowUp', 3)).toBe(2);
    expect(nextMenuIndex(0, 'ArrowRight', 3)).toBeNull();
    expect(nextMenuIndex(0, 'ArrowDown', 0)).toBeNull();
  });
});

describe('indexByFirstLetter', () => {
  const labels = ['Beslutsmening', 'Förslag', 'Beslutsgång', 'Överläggningen avslutad'];

  it('goes to the next label starting with the letter, wrapping around', () => {
    expect(indexByFirstLetter(labels, 0, 'b')).toBe(2);
    expect(indexByFirstLetter(labels, 2, 'B')).toBe(0);
    expect(indexByFirstLetter(labels, 0, 'ö')).toBe(3);
  });

  it('ignores keys that are not letters, and letters no label starts with', () => {
    expect(indexByFirstLetter(labels, 0, 'Enter')).toBeNull();
    expect(indexByFirstLetter(labels, 0, '1')).toBeNull();
    expect(indexByFirstLetter(labels, 0, 'x')).toBeNull();
  });
});
