import type { Person } from '../model/personSchema';
import { fillPattern } from '../template/fillPattern';
import { type PersonPatterns, standardPersonPatterns } from './standardPersonPatterns';

/** `Anette Hellström m.fl. (M)`; a role, when the person has one, goes in front. */
export function formatPerson(person: Person, patterns: PersonPatterns = standardPersonPatterns): string {
  const pattern = person.andOthers ? patterns.personAndOthers : patterns.person;
  const named = fillPattern(pattern, { name: person.name, party: person.party });
  return person.role ? fillPattern(patterns.personWithRole, { role: person.role, person: named }) : named;
}
