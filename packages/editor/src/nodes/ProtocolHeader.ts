import { mergeAttributes, Node } from '@tiptap/core';
import { nullableNumberAttribute } from '../attributes/nullableNumberAttribute';
import { stringAttribute } from '../attributes/stringAttribute';
import { DEFAULT_TEMPLATE_ID } from '../templates/templateRegistry';

/**
 * The paragraph's header as form fields: an atom, so that each field is last-writer-wins on its own and no one can
 * type a header line by hand. `replyTo` names the body the remissvar goes to; the decision sentence and the
 * administration's proposal are phrased with it.
 */
export const ProtocolHeader = Node.create({
  name: 'protocolHeader',
  group: 'block',
  atom: true,
  // Never selected whole (it is edited through its fields): typing over a selected header would replace it.
  selectable: false,
  draggable: false,

  addAttributes() {
    return {
      templateId: stringAttribute('templateId', DEFAULT_TEMPLATE_ID),
      board: stringAttribute('board'),
      protocolNumber: stringAttribute('protocolNumber'),
      meetingDate: stringAttribute('meetingDate'),
      paragraphNumber: nullableNumberAttribute('paragraphNumber'),
      title: stringAttribute('title'),
      matterKind: stringAttribute('matterKind'),
      caseNumber: stringAttribute('caseNumber'),
      replyTo: stringAttribute('replyTo'),
      /** The chair (a domain Person as JSON), named by the order of propositions; '' for none. */
      chair: stringAttribute('chair'),
      /** The paragraph's own quotation marks as JSON ({ open, close }); '' for the template's. */
      quotationMarks: stringAttribute('quotationMarks'),
    };
  },

  parseHTML() {
    return [{ tag: 'header[data-type="protocol-header"]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { board, protocolNumber, meetingDate, paragraphNumber, title, matterKind, caseNumber } = node.attrs;
    // A leaf's HTML is never parsed back for content (the fields are data attributes); the lines are for readers
    // of copied HTML and for the editor before the client's node view takes over.
    const masthead = [board, protocolNumber ? `Protokoll nr ${protocolNumber}` : '', meetingDate].filter(Boolean);
    return [
      'header',
      mergeAttributes(HTMLAttributes, { 'data-type': 'protocol-header' }),
      ['p', masthead.join(' ')],
      ['p', paragraphNumber === null ? '§' : `§ ${paragraphNumber}`],
      ['h1', title],
      ['p', matterKind],
      ['p', caseNumber],
    ];
  },
});
