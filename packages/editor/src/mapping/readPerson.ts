import type { JSONContent } from '@tiptap/core';
import type { Person } from '@yttra/domain';
import { jsonAttribute } from './jsonAttribute';
import { textAttribute } from './textAttribute';

/** A person node as a domain Person; an empty role is left out, as the domain has it. */
export function readPerson(node: JSONContent): Person {
  const role = textAttribute(node, 'role');
  return {
    name: textAttribute(node, 'name'),
    party: textAttribute(node, 'party'),
    andOthers: jsonAttribute(node, 'andOthers') === true,
    ...(role === '' ? {} : { role }),
  };
}
