import type { VersionReason } from '@yttra/api';

const REASONS: Record<VersionReason, string> = {
  auto: 'Sparad automatiskt',
  named: 'Namngiven',
  tabled: 'Inlämnad',
  inserted: 'Införd i paragrafen',
  outcome: 'Utfallet registrerat',
  approved: 'Justerad',
  restored: 'Återställd',
};

/** What made a version, in Swedish. */
export function reasonLabel(reason: VersionReason): string {
  return REASONS[reason];
}
