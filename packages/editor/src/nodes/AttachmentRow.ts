import { mergeAttributes, Node } from '@tiptap/core';
import { stringAttribute } from '../attributes/stringAttribute';

/** The one DOM method the parse rule uses, typed here because the server compiles without the DOM lib. */
interface QueryableElement {
  querySelector(selectors: string): QueryableElement | null;
}

/** The row's title, which is its content; HTML from elsewhere may have no title part, and is all title then. */
function titleElement<Row extends QueryableElement>(row: Row): Row {
  return (row.querySelector('[data-part="title"]') as Row | null) ?? row;
}

/**
 * One document of the matter: number and status are fields, the title is the row's (unformatted) text, since
 * titles can be long and are edited like prose. Enter splits the row into a new, empty-numbered one.
 */
export const AttachmentRow = Node.create({
  name: 'attachmentRow',
  content: 'text*',
  marks: '',

  addAttributes() {
    return {
      documentNumber: stringAttribute('documentNumber'),
      status: stringAttribute('status'),
      /** ISO dates, for organisations that list documents by date rather than number. */
      date: stringAttribute('date'),
      revisedDate: stringAttribute('revisedDate'),
    };
  },

  parseHTML() {
    return [
      {
        tag: 'div[data-type="attachment-row"]',
        // The number and status are repeated as visible text for readers; only the title is content.
        contentElement: titleElement,
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { documentNumber, status } = node.attrs;
    return [
      'div',
      mergeAttributes(HTMLAttributes, { 'data-type': 'attachment-row' }),
      [
        'span',
        { 'data-part': 'number', contenteditable: 'false' },
        status ? `${documentNumber} (${status}) ` : `${documentNumber} `,
      ],
      ['span', { 'data-part': 'title' }, 0],
    ];
  },
});
