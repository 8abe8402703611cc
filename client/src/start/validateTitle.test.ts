import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, validateTitle } from './validateTitle';

describe('validateTitle', () => {
  it('returns the trimmed title when it is acceptable', () => {
    expect(validateTitle('  Remissvar: Översiktsplan 2040 ')).toEqual({
      ok: true,
      title: 'Remissvar: Översiktsplan 2040',
    });
  });

  it('refuses an empty or blank title with a Swedish message', () => {
    const result = validateTitle('   ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/titel/i);
  });

  it('accepts exactly the maximum length and refuses one more', () => {
    expect(validateTitle('a'.repeat(MAX_TITLE_LENGTH)).ok).toBe(true);
    const tooLong = validateTitle('a'.repeat(MAX_TITLE_LENGTH + 1));
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.message).toContain(String(MAX_TITLE_LENGTH));
  });
});
