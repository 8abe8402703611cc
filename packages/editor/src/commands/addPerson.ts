import type { Command } from '@tiptap/core';
import type { Person } from '@yttra/domain';
import { nodeAtPosition } from './nodeAtPosition';

/** Appends a person to the person list at `listPos` (the position before the list); false if no list is there. */
export function addPerson(listPos: number, person: Person): Command {
  return ({ tr, dispatch }) => {
    const list = nodeAtPosition(tr.doc, listPos);
    if (list?.type.name !== 'personList') return false;
    if (dispatch) {
      const { name, party, andOthers, role } = person;
      const node = tr.doc.type.schema.nodes.person!.create({ name, party, andOthers, role: role ?? '' });
      tr.insert(listPos + list.nodeSize - 1, node);
    }
    return true;
  };
}
