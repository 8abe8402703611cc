import { Editor, type JSONContent } from '@tiptap/core';
import { createSharedExtensions } from '../sharedExtensions';

/** Test support: an addition (tillägg) holding `text`, or an empty one. */
export function additionItem(text: string): JSONContent {
  return {
    type: 'additionItem',
    content: [text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }],
  };
}

/**
 * Test support: an editor whose document is one decision section holding one numbered-additions list. `element`
 * mounts a view, which keyboard shortcuts need (their plugins are installed only with one).
 */
export function additionsEditor(items: JSONContent[], element?: HTMLElement): Editor {
  return new Editor({
    ...(element ? { element } : {}),
    extensions: createSharedExtensions(),
    content: {
      type: 'doc',
      content: [
        {
          type: 'protocolSection',
          attrs: { sectionId: 'beslut' },
          content: [{ type: 'numberedAdditions', content: items }],
        },
      ],
    },
  });
}

/** Position at the end of the text of the `index`th addition. */
export function endOfAddition(editor: Editor, index: number): number {
  const list = editor.state.doc.firstChild!.firstChild!;
  let pos = 2; // into the section, into the list
  for (let i = 0; i < index; i += 1) pos += list.child(i).nodeSize;
  return pos + 2 + list.child(index).firstChild!.content.size; // into the item, into its paragraph
}
