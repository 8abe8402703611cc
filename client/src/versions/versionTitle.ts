import type { Version } from '@yttra/api';
import { reasonLabel } from './reasonLabel';

/** A version's name, or what made it when it has none. */
export function versionTitle(version: Pick<Version, 'name' | 'reason'>): string {
  return version.name ?? reasonLabel(version.reason);
}
