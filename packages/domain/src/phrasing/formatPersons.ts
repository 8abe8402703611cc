import type { Person } from '../model/personSchema';
import { formatPerson } from './formatPerson';
import { joinSwedishList } from './joinSwedishList';
import { type PersonPatterns, standardPersonPatterns } from './standardPersonPatterns';

/** `Abit Dundar (L), Anette Hellström m.fl. (M), Lara Siadat (MP) och Johan Vesterlund (C)` */
export function formatPersons(people: readonly Person[], patterns: PersonPatterns = standardPersonPatterns): string {
  return joinSwedishList(people.map((person) => formatPerson(person, patterns)));
}
