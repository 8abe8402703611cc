import { describe, expect, it } from 'vitest';
import { joinNames } from './joinNames';
import { versionTitle } from './versionTitle';

describe('version labels', () => {
  it('names a version by its name, or by what made it', () => {
    expect(versionTitle({ name: 'Före mötet', reason: 'named' })).toBe('Före mötet');
    expect(versionTitle({ name: null, reason: 'auto' })).toBe('Sparad automatiskt');
    expect(versionTitle({ name: null, reason: 'approved' })).toBe('Justerad');
  });

  it('joins names as Swedish prose', () => {
    expect(joinNames([])).toBe('ingen');
    expect(joinNames(['Anna'])).toBe('Anna');
    expect(joinNames(['Anna', 'Bo', ''])).toBe('Anna, Bo och borttagen användare');
  });
});
