import type { Person } from '../model/personSchema';

/** The parties of a group of people, each once, in the order they were named. */
export function partiesOf(people: readonly Person[]): string[] {
  return [...new Set(people.map((person) => person.party))];
}
