import { mergeAttributes, Node } from '@tiptap/core';
import { formatPerson } from '@yttra/domain';
import { booleanAttribute } from '../attributes/booleanAttribute';
import { stringAttribute } from '../attributes/stringAttribute';

/**
 * A person named in the protocol. An atom block (not inline) so that a person list never takes a text cursor: it is
 * edited through the node view, and a person is moved or deleted whole. `role` is '' or e.g. 'tjänstgörande
 * ersättare'.
 */
export const Person = Node.create({
  name: 'person',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      name: stringAttribute('name'),
      party: stringAttribute('party'),
      andOthers: booleanAttribute('andOthers'),
      role: stringAttribute('role'),
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="person"]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { name, party, andOthers, role } = node.attrs;
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-type': 'person' }),
      formatPerson({ name, party, andOthers, ...(role ? { role } : {}) }),
    ];
  },
});
