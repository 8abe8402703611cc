import type { JSONContent } from '@tiptap/core';

/** A paragraph node holding `text`; line breaks become hard breaks (the mapping reads them back as line breaks). */
export function paragraphContent(text = ''): JSONContent {
  const content: JSONContent[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    // ProseMirror has no empty text nodes.
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}
