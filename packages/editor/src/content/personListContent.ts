import type { JSONContent } from '@tiptap/core';
import type { Person } from '@yttra/domain';
import type { personListPurposes } from '../nodes/PersonList';

/** A personList node with one person node per person, in order. */
export function personListContent(
  purpose: (typeof personListPurposes)[number],
  people: readonly Person[] = [],
): JSONContent {
  const persons = people.map(
    (person): JSONContent => ({
      type: 'person',
      attrs: { name: person.name, party: person.party, andOthers: person.andOthers, role: person.role ?? '' },
    }),
  );
  return persons.length > 0
    ? { type: 'personList', attrs: { purpose }, content: persons }
    : { type: 'personList', attrs: { purpose } };
}
