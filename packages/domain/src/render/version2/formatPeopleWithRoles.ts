import type { Person } from '../../model/personSchema';
import { formatPerson } from '../../phrasing/formatPerson';
import { joinSwedishList } from '../../phrasing/joinSwedishList';
import type { ProtocolTemplate } from '../../template/protocolTemplateSchema';

/**
 * A list of people as version-2 protocols write it: consecutive people with the same known role are written under
 * the role once, singular or plural ("tjänstgörande ersättaren X", "tjänstgörande ersättarna X och Y"); the list's
 * last conjunction is "samt" when a group inside it already says "och", unless the paragraph chose otherwise.
 */
export function formatPeopleWithRoles(
  people: readonly Person[],
  template: ProtocolTemplate,
  conjunction?: 'och' | 'samt',
): string {
  const roles = template.organisation?.roles ?? {};
  const items: string[] = [];
  let groupsWithOch = false;
  for (let index = 0; index < people.length; ) {
    const person = people[index]!;
    const role = person.role === undefined ? undefined : roles[person.role];
    if (!role) {
      items.push(formatPerson(person, template.phrases));
      index++;
      continue;
    }
    const group: Person[] = [];
    while (index < people.length && people[index]!.role === person.role) group.push(people[index++]!);
    const names = group.map((member) => formatPerson({ ...member, role: undefined }, template.phrases));
    if (group.length > 1) groupsWithOch = true;
    items.push(`${group.length > 1 ? role.plural : role.singular} ${joinSwedishList(names)}`);
  }
  return joinSwedishList(items, conjunction ?? (groupsWithOch && items.length > 1 ? 'samt' : 'och'));
}
