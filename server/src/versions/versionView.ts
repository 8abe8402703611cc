import type { Version, VersionPerson } from '@yttra/api';
import type { AccountStore } from '../accounts/AccountStore';
import type { VersionSummary } from './VersionStore';

/** Looks people up once per answer: a list of versions names the same few authors over and over. */
export function personFinder(accountStore: AccountStore): (userId: string) => Promise<VersionPerson> {
  const found = new Map<string, Promise<VersionPerson>>();
  return (userId) => {
    let person = found.get(userId);
    if (!person) {
      person = accountStore.findUser(userId).then((user) => ({ id: userId, name: user?.displayName ?? '' }));
      found.set(userId, person);
    }
    return person;
  };
}

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
