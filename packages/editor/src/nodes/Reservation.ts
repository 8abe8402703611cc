import { mergeAttributes, Node } from '@tiptap/core';
import { stringAttribute } from '../attributes/stringAttribute';

/**
 * A reservation: the reservants, the proposal they reserved in favour of (`inFavourOf`: a proposalId,
 * 'administration', or '' for none), and optionally their written reasons as paragraphs. Without reasons the
 * export quotes the favoured proposal itself.
 */
export const Reservation = Node.create({
  name: 'reservation',
  group: 'block',
  content: 'personList paragraph*',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      inFavourOf: stringAttribute('inFavourOf'),
      /** '' (by count), 'singular' or 'plural': the heading's number for the run this reservation stands in. */
      heading: stringAttribute('heading'),
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="reservation"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'reservation' }), 0];
  },
});
