import { mergeAttributes, Node } from '@tiptap/core';

/** "Ordföranden förklarade överläggningen avslutad.": a marker only, the sentence comes from the template. */
export const ProposalsClosing = Node.create({
  name: 'proposalsClosing',
  group: 'block',
  atom: true,
  selectable: true,

  parseHTML() {
    return [{ tag: 'div[data-type="proposals-closing"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-type': 'proposals-closing' }),
      'Ordföranden förklarade överläggningen avslutad.',
    ];
  },
});
