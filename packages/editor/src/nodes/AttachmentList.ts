import { mergeAttributes, Node } from '@tiptap/core';
import { type AttachmentRowFields, addAttachmentRow } from '../commands/addAttachmentRow';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    attachmentList: {
      /**
       * Adds a row to "Handlingar i ärendet": at the end of the list at `listPos` when given, otherwise after the
       * row that holds the cursor. The cursor moves into the new row's title.
       */
      addAttachmentRow: (listPos?: number, row?: AttachmentRowFields) => ReturnType;
    };
  }
}

/** "Handlingar i ärendet": the documents of the matter, one row each, in the order the secretary lists them. */
export const AttachmentList = Node.create({
  name: 'attachmentList',
  group: 'block',
  content: 'attachmentRow+',
  isolating: true,

  parseHTML() {
    return [{ tag: 'div[data-type="attachment-list"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'attachment-list' }), 0];
  },

  addCommands() {
    return { addAttachmentRow };
  },
});
