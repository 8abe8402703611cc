import type { JSONContent } from '@tiptap/core';
import { jsonChildren } from './jsonChildren';

/** The first protocolHeader in document order, wherever it stands (a header moved into a section still counts). */
export function findHeaderNode(node: JSONContent): JSONContent | undefined {
  for (const child of jsonChildren(node)) {
    if (child.type === 'protocolHeader') return child;
    const nested = findHeaderNode(child);
    if (nested) return nested;
  }
  return undefined;
}
