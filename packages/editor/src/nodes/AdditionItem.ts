import { mergeAttributes, Node } from '@tiptap/core';

/** One numbered addition; several paragraphs are allowed while writing and are joined by a space when exported. */
export const AdditionItem = Node.create({
  name: 'additionItem',
  content: 'paragraph+',
  defining: true,

  parseHTML() {
    // Above StarterKit's listItem, which claims every `li`.
    return [{ tag: 'li[data-type="addition-item"]', priority: 60 }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes, { 'data-type': 'addition-item' }), 0];
  },

  addKeyboardShortcuts() {
    const isInEmptyItem = () => {
      const { selection } = this.editor.state;
      const { $from } = selection;
      if (!selection.empty || $from.depth < 2) return false;
      const item = $from.node(-1);
      return item.type.name === this.name && item.childCount === 1 && $from.parent.content.size === 0;
    };
    return {
      // A new addition; in an empty last addition, Enter leaves the list instead (as in any word processor).
      Enter: () =>
        this.editor.commands.splitListItem(this.name) ||
        (isInEmptyItem() && this.editor.commands.liftListItem(this.name)),
      // Backspace in an empty addition turns it back into a plain paragraph rather than joining it upwards.
      Backspace: () => isInEmptyItem() && this.editor.commands.liftListItem(this.name),
    };
  },
});
