import type { VersionReason } from '@yttra/api';

const REASON_LABELS: Record<VersionReason, string> = {
  auto: 'Automatiskt sparad',
  named: 'Namngiven version',
  tabled: 'Inlämnad',
  inserted: 'Infört i paragrafen',
  outcome: 'Utfallet registrerat',
  approved: 'Justerad',
  restored: 'Återställd',
};

/** How a version is called in Swedish: its name, or what made it. */
export function versionLabel(version: { name: string | null; reason: VersionReason }): string {
  return version.name ?? REASON_LABELS[version.reason];
}
