import { mergeAttributes, Node } from '@tiptap/core';
import { booleanAttribute } from '../attributes/booleanAttribute';
import { choiceAttribute } from '../attributes/choiceAttribute';
import { stringAttribute } from '../attributes/stringAttribute';

export const decisionSentenceKinds = ['approveReportAsReply', 'freeText', 'according', 'recommend'] as const;

/**
 * The opening sentence of a decision or proposal, kept as fields: the template phrases it (with the board from the
 * header and the recipient from `replyTo`), so the standard wording is never typed by hand. `text` is used only
 * for 'freeText'.
 */
export const DecisionSentence = Node.create({
  name: 'decisionSentence',
  group: 'block',
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      kind: choiceAttribute('kind', decisionSentenceKinds, 'approveReportAsReply'),
      statesInAddition: booleanAttribute('statesInAddition'),
      text: stringAttribute('text'),
      /** 'according' / 'recommend': the mentioned proposals as JSON ({ basis, amendedBy } or { basis, to }). */
      mentions: stringAttribute('mentions'),
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="decision-sentence"]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attributes = mergeAttributes(HTMLAttributes, { 'data-type': 'decision-sentence' });
    if (node.attrs.kind === 'freeText') return ['div', attributes, node.attrs.text];
    if (node.attrs.kind === 'according' || node.attrs.kind === 'recommend') return ['div', attributes];
    const ending = node.attrs.statesInAddition ? ' och därutöver anför följande.' : '.';
    return [
      'div',
      attributes,
      `Nämnden godkänner förvaltningens tjänsteutlåtande och överlämnar det som svar på remissen${ending}`,
    ];
  },
});
