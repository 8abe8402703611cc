import type { VersionPerson } from '@yttra/api';
import type { AccountStore } from '../accounts/AccountStore';

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
