import { describe, expect, it } from 'vitest';
import { MAX_DISPLAY_NAME_LENGTH, normalizeDisplayName } from './normalizeDisplayName';

describe('normalizeDisplayName', () => {
  it('trims and collapses whitespace', () => {
    expect(normalizeDisplayName('  Åsa \t  Lindqvist \n')).toBe('Åsa Lindqvist');
  });

  it('turns whitespace-only input into an empty name', () => {
    expect(normalizeDisplayName('   \t ')).toBe('');
  });

  it('caps the length without splitting characters outside the basic plane', () => {
    const long = '😀'.repeat(MAX_DISPLAY_NAME_LENGTH + 5);
    const result = normalizeDisplayName(long);
    expect(Array.from(result)).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(result).toBe('😀'.repeat(MAX_DISPLAY_NAME_LENGTH));
  });
});
