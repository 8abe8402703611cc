import { mergeAttributes, Node } from '@tiptap/core';
import { statementKinds } from '@yttra/domain';
import { choiceAttribute } from '../attributes/choiceAttribute';

/** A särskilt uttalande, protokollsanteckning or ersättaryttrande: its authors, then its quoted text. */
export const Statement = Node.create({
  name: 'statement',
  group: 'block',
  content: 'personList paragraph+',
  defining: true,
  isolating: true,

  addAttributes() {
    return { kind: choiceAttribute('kind', statementKinds, 'sarskilt_uttalande') };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="statement"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'statement' }), 0];
  },
});
