import type { Attribute } from '@tiptap/core';
import { dataAttributeName } from './dataAttributeName';

/**
 * A text field of a node. `keepOnSplit` is off because a field belongs to one node: pressing Enter in an attachment
 * row must not copy its document number into the new row.
 */
export function stringAttribute(name: string, fallback = ''): Attribute {
  const htmlName = dataAttributeName(name);
  return {
    default: fallback,
    keepOnSplit: false,
    parseHTML: (element) => element.getAttribute(htmlName) ?? fallback,
    renderHTML: (attributes) => ({ [htmlName]: String(attributes[name] ?? fallback) }),
  };
}
