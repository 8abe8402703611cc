import { describe, expect, it } from 'vitest';
import {
  DRAFT_KIND_CHOICES,
  draftKindLabel,
  formatIsoDate,
  formatMoment,
  joinNames,
  statusLabel,
} from './matterLabels';

describe('matter labels', () => {
  it('names every status and draft kind in Swedish', () => {
    expect(['drafting', 'meeting', 'assembling', 'approved'].map((s) => statusLabel(s as never))).toEqual([
      'Beredning',
      'Sammanträde',
      'Sammanställning',
      'Justerat',
    ]);
    expect(DRAFT_KIND_CHOICES.map((choice) => choice.label)).toEqual([
      'Förslag',
      'Särskilt uttalande',
      'Reservation',
      'Protokollsanteckning',
    ]);
    expect(draftKindLabel('protocolNote')).toBe('Protokollsanteckning');
    expect(draftKindLabel(null)).toBe('Utkast');
  });

  it('writes dates the Swedish way, whatever the time zone', () => {
    expect(formatIsoDate('2019-09-15')).toBe('15 september 2019');
    expect(formatIsoDate('2019-01-01')).toBe('1 januari 2019');
    expect(formatIsoDate('15/9')).toBe('15/9');
    expect(formatMoment(Date.UTC(2025, 4, 12, 8, 3), 'Europe/Stockholm')).toBe('12 maj 2025 kl. 10:03');
  });

  it('joins names with commas and a final och', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A och B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B och C');
  });
});
