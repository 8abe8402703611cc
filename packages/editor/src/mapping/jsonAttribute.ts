import type { JSONContent } from '@tiptap/core';

/** One attribute of a JSON node, or undefined when the node has no such attribute (or no attributes at all). */
export function jsonAttribute(node: JSONContent, name: string): unknown {
  const { attrs } = node;
  if (typeof attrs !== 'object' || attrs === null) return undefined;
  return Object.hasOwn(attrs, name) ? (attrs as Record<string, unknown>)[name] : undefined;
}
