import type { Version, VersionPerson } from '@yttra/api';
import type { VersionSummary } from './VersionStore';

/** A stored version as the API shows it, with its people named. */
export async function versionView(
  version: VersionSummary,
  findPerson: (userId: string) => Promise<VersionPerson>,
): Promise<Version> {
  return {
    id: version.id,
    name: version.name,
    reason: version.reason,
    createdAt: version.createdAt,
    createdBy: version.createdBy === null ? null : await findPerson(version.createdBy),
    authors: await Promise.all(version.authors.map(findPerson)),
  };
}
