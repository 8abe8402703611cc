import type { JSONContent } from '@tiptap/core';

/** What a brand-new document holds: its title as a heading, and an empty paragraph to write in. */
export function initialContent(title: string): JSONContent {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: title ? [{ type: 'text', text: title }] : [] },
      { type: 'paragraph' },
    ],
  };
}
