import { describe, expect, it } from 'vitest';
import { colorForName, isUserColor, USER_COLORS } from './colorForName';

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

describe('colorForName', () => {
  it('gives white label text AA contrast on every palette colour', () => {
    for (const color of USER_COLORS) {
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('only uses six-digit hex colours, which the caret extension requires', () => {
    for (const color of USER_COLORS) expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('is deterministic and ignores case and surrounding spaces', () => {
    expect(colorForName('Åsa Lindqvist')).toBe(colorForName('Åsa Lindqvist'));
    expect(colorForName('  åsa lindqvist ')).toBe(colorForName('Åsa Lindqvist'));
  });

  it('spreads different names over the palette', () => {
    const names = ['Anna', 'Bertil', 'Cecilia', 'David', 'Eva', 'Fredrik', 'Gun', 'Hassan', 'Ida', 'Johan', 'Karin'];
    const used = new Set(names.map(colorForName));
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const color of used) expect(USER_COLORS).toContain(color);
  });
});

describe('isUserColor', () => {
  it('accepts palette colours in any case and refuses everything else', () => {
    expect(isUserColor(USER_COLORS[0]?.toUpperCase())).toBe(true);
    expect(isUserColor('#ffff00')).toBe(false);
    expect(isUserColor(undefined)).toBe(false);
  });
});
