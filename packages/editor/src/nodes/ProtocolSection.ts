import { mergeAttributes, Node } from '@tiptap/core';
import { stringAttribute } from '../attributes/stringAttribute';
import { type InsertProtocolBlockOptions, insertProtocolBlock } from '../commands/insertProtocolBlock';
import type { ProtocolBlockKind } from '../content/protocolBlockKinds';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    protocolSection: {
      /**
       * Inserts an empty, well-formed block into the template section that holds its content kind (creating the
       * section, in template order, when it is missing): at the cursor when the cursor is in that section,
       * otherwise at the section's end. Decision sentences and numbered additions go into the proposal around the
       * cursor, if any. Returns false where the block cannot go (e.g. a second beslutsgång).
       */
      insertProtocolBlock: (kind: ProtocolBlockKind, options?: InsertProtocolBlockOptions) => ReturnType;
    };
  }
}

/**
 * One section of the protocol paragraph (Beslut, Förslag till beslut, …). Its heading comes from the template by
 * `sectionId`, never from the document, so a municipality's wording can change without touching documents.
 * Isolating, so that Backspace at a section's start does not pull text into the section above.
 */
export const ProtocolSection = Node.create({
  name: 'protocolSection',
  group: 'block',
  content: 'block+',
  defining: true,
  isolating: true,

  addAttributes() {
    return { sectionId: stringAttribute('sectionId') };
  },

  parseHTML() {
    return [{ tag: 'section[data-type="protocol-section"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'protocol-section' }), 0];
  },

  addCommands() {
    return { insertProtocolBlock };
  },
});
