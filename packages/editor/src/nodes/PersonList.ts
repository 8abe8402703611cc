import { mergeAttributes, Node } from '@tiptap/core';
import type { Person as DomainPerson } from '@yttra/domain';
import { choiceAttribute } from '../attributes/choiceAttribute';
import { addPerson } from '../commands/addPerson';

export const personListPurposes = ['proposers', 'reservants', 'authors', 'yes', 'no', 'abstained'] as const;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    personList: {
      /** Appends a person to the person list that starts at `listPos`. */
      addPerson: (listPos: number, person: DomainPerson) => ReturnType;
    };
  }
}

/**
 * People as child nodes rather than one attribute: two clerks adding a person at the same time both keep theirs.
 * `purpose` tells the node view what to label the list; the enclosing block decides what the people mean.
 */
export const PersonList = Node.create({
  name: 'personList',
  content: 'person*',
  // Never selected whole: typing over a selected list would replace the people.
  selectable: false,

  addAttributes() {
    return { purpose: choiceAttribute('purpose', personListPurposes, 'proposers') };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="person-list"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'person-list' }), 0];
  },

  addCommands() {
    return { addPerson };
  },
});
