import type { Person } from '@yttra/domain';

interface RoleNames {
  singular: string;
  plural: string;
}

const PERSON = /([^,()]+?)\s*\(([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,9})\)/g;
const SEPARATOR = /^\s*(,|och\b|samt\b)?\s*/i;

/**
 * People as a protocol lists them, "Axel Josefson (M), Elisabet Lann (KD) och tjänstgörande ersättarna Nina
 * Miskovsky (M) och Anneli Rhedin (M)", read back into people with the organisation's roles (by their printed
 * singular and plural) and "m fl": the secretary can paste a list from the meeting's notes instead of adding
 * thirteen people one by one. A plural role goes on to the names joined to it by "och". What is not a person
 * ("Namn (Parti)") is returned as left over, so nothing typed disappears silently.
 */
export function parsePeopleList(
  text: string,
  roles: Readonly<Record<string, RoleNames>>,
): { people: Person[]; leftOver: string } {
  const people: Person[] = [];
  let groupRole: string | undefined;
  let rest = '';
  let last = 0;
  for (const match of text.matchAll(PERSON)) {
    rest += text.slice(last, match.index);
    last = match.index + match[0].length;
    const separator = SEPARATOR.exec(match[1]!)![1]?.toLowerCase();
    let name = match[1]!.replace(SEPARATOR, '').trim();
    let role: string | undefined;
    for (const [id, names] of Object.entries(roles)) {
      for (const form of [names.plural, names.singular]) {
        if (name.toLocaleLowerCase('sv-SE').startsWith(`${form.toLocaleLowerCase('sv-SE')} `)) {
          role = id;
          groupRole = form === names.plural ? id : undefined;
          name = name.slice(form.length).trim();
          break;
        }
      }
      if (role) break;
    }
    if (!role) {
      if (separator === 'och' && groupRole) role = groupRole;
      else groupRole = undefined;
    }
    const andOthers = /\s+m\.?\s?fl\.?$/i.test(name);
    if (andOthers) name = name.replace(/\s+m\.?\s?fl\.?$/i, '');
    people.push({ name, party: match[2]!, andOthers, ...(role ? { role } : {}) });
  }
  rest += text.slice(last);
  return { people, leftOver: rest.replace(/[\s,.]+|\b(och|samt|röstar|ja|nej)\b/gi, ' ').trim() };
}
