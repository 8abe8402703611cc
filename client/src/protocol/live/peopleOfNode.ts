import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Person } from '@yttra/domain';

/** A person node's fields as a domain Person; an empty role is left out, as the domain has it. */
export function personFromNode(node: ProseMirrorNode): Person {
  const { name, party, andOthers, role } = node.attrs;
  return {
    name: typeof name === 'string' ? name : '',
    party: typeof party === 'string' ? party : '',
    andOthers: andOthers === true,
    ...(typeof role === 'string' && role !== '' ? { role } : {}),
  };
}

/** The block's person list: the child list with `purpose` when given, else its first person list. */
export function personListOf(block: ProseMirrorNode, purpose?: string): ProseMirrorNode | undefined {
  let found: ProseMirrorNode | undefined;
  block.forEach((child) => {
    if (found || child.type.name !== 'personList') return;
    if (purpose === undefined || child.attrs.purpose === purpose) found = child;
  });
  return found;
}

/** The people of a block (a proposal's proposers, a reservation's reservants …) in order. */
export function peopleOf(block: ProseMirrorNode, purpose?: string): Person[] {
  const list = personListOf(block, purpose);
  const people: Person[] = [];
  list?.forEach((child) => {
    if (child.type.name === 'person') people.push(personFromNode(child));
  });
  return people;
}

/** The non-empty paragraphs directly in a block (a reservation's written reasons), as text. */
export function paragraphTextsOf(block: ProseMirrorNode): string[] {
  const texts: string[] = [];
  block.forEach((child) => {
    if (child.type.name !== 'paragraph') return;
    const text = child.textBetween(0, child.content.size, '', '\n').trim();
    if (text !== '') texts.push(text);
  });
  return texts;
}
