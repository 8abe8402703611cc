import type { JSONContent } from '@tiptap/core';
import { jsonChildren } from './jsonChildren';

/**
 * The text of a run of inline nodes: text as written (marks dropped, since the protocol is plain text), a hard
 * break as a line break, and the text inside any other inline node, so nothing typed is lost.
 */
export function inlineText(nodes: readonly JSONContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
      if (node.type === 'hardBreak') return '\n';
      return inlineText(jsonChildren(node));
    })
    .join('');
}
