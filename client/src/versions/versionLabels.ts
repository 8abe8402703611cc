import type { Version, VersionReason } from '@yttra/api';

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

/** A version's name, or what made it when it has none. */
export function versionTitle(version: Pick<Version, 'name' | 'reason'>): string {
  return version.name ?? reasonLabel(version.reason);
}

/** "Anna, Bo och Cecilia"; "ingen" for nobody. */
export function joinNames(names: readonly string[]): string {
  const shown = names.map((name) => (name === '' ? 'borttagen användare' : name));
  if (shown.length === 0) return 'ingen';
  if (shown.length === 1) return shown[0] as string;
  return `${shown.slice(0, -1).join(', ')} och ${shown.at(-1)}`;
}
