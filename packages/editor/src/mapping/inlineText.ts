import type { JSONContent } from '@tiptap/core';
import { jsonChildren } from './jsonChildren';

/**
 * The text of a run of inline nodes: text as written (marks dropped, since the protocol is plain text; open
 * suggested insertions left out, suggested deletions kept, as before the suggestion), a hard
 * break as a line break, and the text inside any other inline node, so nothing typed is lost.
 */
export function inlineText(nodes: readonly JSONContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') {
        // An open suggestion is not the text yet: suggested insertions print only once accepted. The zero-width
        // spaces suggestion marks anchor themselves with are never text.
        if (node.marks?.some((mark) => mark.type === 'insertion')) return '';
        return typeof node.text === 'string' ? node.text.replaceAll('\u200B', '') : '';
      }
      if (node.type === 'hardBreak') return '\n';
      return inlineText(jsonChildren(node));
    })
    .join('');
}
