import { mergeAttributes, Node } from '@tiptap/core';
import { stringAttribute } from '../attributes/stringAttribute';

/**
 * The beslutsgång: which proposal the board supported (`winningProposal`: a proposalId, 'administration', or ''
 * while undecided), and optionally the vote that settled it.
 */
export const DecisionProcedure = Node.create({
  name: 'decisionProcedure',
  group: 'block',
  content: 'vote?',
  isolating: true,

  addAttributes() {
    return { winningProposal: stringAttribute('winningProposal') };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="decision-procedure"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'decision-procedure' }), 0];
  },
});
