import { mergeAttributes, Node } from '@tiptap/core';
import { nullableNumberAttribute } from '../attributes/nullableNumberAttribute';
import { stringAttribute } from '../attributes/stringAttribute';

/**
 * A vote (votering): the proposition (Ja for `yesFor`, Nej for `noFor`), then the named lists yes, no and abstained
 * as child person lists, so that two clerks adding voters at once both keep theirs. A count left null is taken
 * from its named list; boards that record counts only fill in the numbers and leave the lists empty.
 */
export const Vote = Node.create({
  name: 'vote',
  content: 'personList personList personList',
  isolating: true,

  addAttributes() {
    return {
      yesFor: stringAttribute('yesFor'),
      noFor: stringAttribute('noFor'),
      countYes: nullableNumberAttribute('countYes'),
      countNo: nullableNumberAttribute('countNo'),
      countAbstained: nullableNumberAttribute('countAbstained'),
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="vote"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'vote' }), 0];
  },
});
