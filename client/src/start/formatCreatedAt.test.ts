import { describe, expect, it } from 'vitest';
import { formatCreatedAt } from './formatCreatedAt';

describe('formatCreatedAt', () => {
  it('writes the date in Swedish with day, month name, year and time', () => {
    const text = formatCreatedAt(Date.UTC(2025, 10, 27, 13, 5), 'Europe/Stockholm');
    expect(text).toContain('27 november 2025');
    expect(text).toContain('14:05');
  });

  it('honours the time zone, so a late-evening UTC time lands on the next Swedish day', () => {
    expect(formatCreatedAt(Date.UTC(2025, 0, 31, 23, 30), 'Europe/Stockholm')).toContain('1 februari 2025');
  });
});
