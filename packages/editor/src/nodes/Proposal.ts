import { mergeAttributes, Node } from '@tiptap/core';
import { choiceAttribute } from '../attributes/choiceAttribute';
import { stringAttribute } from '../attributes/stringAttribute';

export const proposalKinds = ['own', 'administration'] as const;

/**
 * A tabled proposal (förslag till beslut / yrkande). `proposalId` is a stable random id that the beslutsgång, votes
 * and reservations point at, so renaming or moving a proposal never breaks a reference. Its own text is the
 * decisionSentence, paragraphs and numberedAdditions after the proposers.
 */
export const Proposal = Node.create({
  name: 'proposal',
  group: 'block',
  content: 'personList block*',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      proposalId: stringAttribute('proposalId'),
      kind: choiceAttribute('kind', proposalKinds, 'own'),
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="proposal"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'proposal' }), 0];
  },
});
