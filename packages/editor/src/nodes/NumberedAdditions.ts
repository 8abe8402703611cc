import { mergeAttributes, Node } from '@tiptap/core';
import { addAdditionItem } from '../commands/addAdditionItem';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    numberedAdditions: {
      /**
       * Adds an empty addition: at the end of the list at `listPos` when given, otherwise after the addition that
       * holds the cursor. The cursor moves into the new addition.
       */
      addAdditionItem: (listPos?: number) => ReturnType;
    };
  }
}

/**
 * Numbered additions (tillägg). Numbers are never stored: the editor numbers with the list, exports by index, so
 * concurrent inserts and deletes can never leave the numbering wrong.
 */
export const NumberedAdditions = Node.create({
  name: 'numberedAdditions',
  group: 'block',
  content: 'additionItem+',

  parseHTML() {
    // Above StarterKit's plain `ol`, which would otherwise claim the element first.
    return [{ tag: 'ol[data-type="numbered-additions"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['ol', mergeAttributes(HTMLAttributes, { 'data-type': 'numbered-additions' }), 0];
  },

  addCommands() {
    return { addAdditionItem };
  },
});
